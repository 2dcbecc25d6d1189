import { paths } from '../../app/paths';

export const childrenListPath = paths.children;
export const childCreatePath = `${paths.children}/new`;
export const childrenImportPath = paths.childrenImport;
export const childPath = (id: string): string => `${paths.children}/${encodeURIComponent(id)}`;
export const childEditPath = (id: string): string => `${childPath(id)}/edit`;
