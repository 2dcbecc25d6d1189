import { paths } from '../../app/paths';

export const giftsListPath = paths.gifts;
export const campaignCreatePath = `${paths.gifts}/new`;
export const campaignPath = (id: string): string => `${paths.gifts}/${encodeURIComponent(id)}`;
export const campaignEditPath = (id: string): string => `${campaignPath(id)}/edit`;
