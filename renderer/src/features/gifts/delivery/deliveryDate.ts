import type { CampaignDetail } from '../../../../../shared/gifts';

/** The days a campaign's visits are planned for. */
export type CampaignPeriod = Pick<CampaignDetail, 'startDate' | 'endDate'>;

/** The day a visit is recorded on unless the user says otherwise: today while the campaign runs, else its first day. */
export function defaultDeliveryDate(period: CampaignPeriod, today: string): string {
  return today >= period.startDate && today <= period.endDate ? today : period.startDate;
}

export type DeliveryDateWarning = 'future' | 'outsidePeriod';

/**
 * What is odd about a delivery date (ISO). Main accepts such dates; a future one matters because
 * the register's "no gift in 12 months" filter counts only gifts given up to today.
 */
export function deliveryDateWarnings(date: string | null, period: CampaignPeriod, today: string): DeliveryDateWarning[] {
  if (date === null) return [];
  const warnings: DeliveryDateWarning[] = [];
  if (date > today) warnings.push('future');
  if (date < period.startDate || date > period.endDate) warnings.push('outsidePeriod');
  return warnings;
}
