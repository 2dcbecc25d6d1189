import { childAgeLimit, turning16NoticeDays } from '../../../../shared/codes/register';
import { toIsoDate } from '../../../../shared/format';

/** Today on this machine's calendar, 'YYYY-MM-DD'. */
export const todayIso = (): string => toIsoDate(new Date());

const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

function utcDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

export function addDays(iso: string, days: number): string | null {
  const date = utcDate(iso);
  if (!date) return null;
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/**
 * The day a child turns 16, by the rule of ageOn: someone born on 29 February turns a year
 * older on 1 March in common years, so the record is never closed a day early.
 */
export function sixteenthBirthday(birthIso: string): string | null {
  const birth = utcDate(birthIso);
  if (!birth) return null;
  const year = birth.getUTCFullYear() + childAgeLimit;
  const month = birth.getUTCMonth();
  const day = birth.getUTCDate();
  const candidate = new Date(Date.UTC(year, month, day));
  return candidate.getUTCDate() === day ? isoOf(candidate) : isoOf(new Date(Date.UTC(year, 2, 1)));
}

export type SixteenState = { kind: 'turned' | 'soon'; date: string } | null;

/** 'turned' from the 16th birthday on; 'soon' within the notice period before it. */
export function sixteenState(birthIso: string, today: string): SixteenState {
  const date = sixteenthBirthday(birthIso);
  const noticeEnd = addDays(today, turning16NoticeDays);
  if (!date || !noticeEnd) return null;
  if (date <= today) return { kind: 'turned', date };
  if (date <= noticeEnd) return { kind: 'soon', date };
  return null;
}
