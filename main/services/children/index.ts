/**
 * The register of children in special circumstances (DOMAIN.md §3–§4): records, memberships,
 * status, visits, the list and its search, and possible duplicates. Write children only through
 * these functions: they keep the derived columns (status, folded name, sort and search keys).
 */
export { listCircumstances } from './circumstances';
export { findDuplicates } from './duplicates';
export { listChildren } from './list';
export { addMembership, endMembership } from './memberships';
export { getChild } from './read';
export { closeChild, reopenChild } from './status';
export { addVisit, deleteVisit, updateVisit } from './visits';
export { updateChild } from './update';
export { createChild, insertChildren } from './write';
