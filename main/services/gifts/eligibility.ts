import { childAgeLimit } from '../../../shared/codes/register';
import { ageOn } from '../../../shared/format/date';

/** On the register, under 16 and already born on the campaign's start day (the day ages are counted on). */
export function eligibleOn(child: { status: string; birth_date: string }, startDate: string): boolean {
  const age = ageOn(child.birth_date, startDate);
  return child.status !== 'left' && age !== null && age < childAgeLimit;
}
