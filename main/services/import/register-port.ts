/**
 * What the import takes from the register: writing many children at once, all or nothing,
 * under the register's own rules, and its test of two names being alike.
 */
export { insertChildren } from '../children';
export { editDistance, similarNames } from '../children/duplicates';
