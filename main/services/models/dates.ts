import { AppFailure } from '../../failure';

/** An assessment counts for the year it was made in (the input schema says so too; this guards other callers). */
export function requireAssessedInYear(input: { year: number; assessedOn: string }): void {
  if (!input.assessedOn.startsWith(`${input.year}-`)) {
    throw new AppFailure('errors.invalidInput', [{ path: 'assessedOn', message: 'validation.dateInYear' }]);
  }
}
