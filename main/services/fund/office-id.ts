// requireOfficeId lives with the office (main/services/office.ts); re-exported so the fund's imports keep working.
export { requireOfficeId } from '../office';
