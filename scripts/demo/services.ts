/**
 * The register services the demo writer and the benchmark use, in one place so that where they
 * live is said once.
 */
export { closeChild, endMembership, insertChildren, listChildren } from '../../main/services/children';
