import { paths } from '../../app/paths';

/** Routes of the community models area, under /models. */
export const coveragePath = paths.models;
export const rolloutsPath = `${paths.models}/rollouts`;
export const safeHomePath = `${paths.models}/safe-home`;
export const childFriendlyPath = `${paths.models}/child-friendly`;
export const floodPath = `${paths.models}/flood`;
export const modelTypesPath = `${paths.models}/types`;
