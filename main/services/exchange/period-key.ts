import { parsePeriodKey, type ExchangePeriod } from '../../../shared/codes/exchange';

/**
 * The period of a key stored in the exchange's tables. Keys are written only from a checked
 * period (an export's input, a manifest whose key matched its period), so one that does not
 * parse back is a damaged database, not a user's mistake.
 */
export function periodOfKey(key: string): ExchangePeriod {
  const period = parsePeriodKey(key);
  if (!period) throw new Error('An exchange period key in the database does not parse.');
  return period;
}
