import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { isoDate } from '../../../../../shared/schemas/children';
import { sixteenthBirthday } from '../age';
import { dateForSchema } from '../dateText';
import type { ChildFormValues } from './childFormValues';

export interface StartIssue {
  index: number;
  message: 'validation.startBeforeBirth' | 'validation.startAfter16';
}

const isoOf = (text: string): string | null => {
  const value = dateForSchema(text);
  return value !== undefined && isoDate.safeParse(value).success ? value : null;
};

/**
 * Memberships that start outside childhood: before the birth date, or on or after the 16th
 * birthday (a child is a person under 16). Main refuses these too (rules.ts, childhoodIssues);
 * checking here lets the user fix the date before sending. Dates that do not read as dates
 * are left to the schema's own message.
 */
export function startIssues(values: Pick<ChildFormValues, 'birthDate' | 'memberships'>): StartIssue[] {
  const birth = isoOf(values.birthDate);
  const sixteen = birth ? sixteenthBirthday(birth) : null;
  if (!birth || !sixteen) return [];
  return values.memberships.flatMap((membership, index): StartIssue[] => {
    const start = isoOf(membership.startDate);
    if (start === null) return [];
    if (start < birth) return [{ index, message: 'validation.startBeforeBirth' }];
    if (start >= sixteen) return [{ index, message: 'validation.startAfter16' }];
    return [];
  });
}

/** The resolver, with the start dates also checked against the birth date. */
export function withStartCheck<TOutput>(resolver: Resolver<ChildFormValues, unknown, TOutput>): Resolver<ChildFormValues, unknown, TOutput> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const issues = startIssues(values);
    if (issues.length === 0) return result;
    const errors: FieldErrors<ChildFormValues> = { ...result.errors };
    for (const { index, message } of issues) set(errors, `memberships.${index}.startDate`, { type: 'childhood', message });
    return { values: {}, errors };
  };
}
