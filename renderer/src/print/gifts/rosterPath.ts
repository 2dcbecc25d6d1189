import type { RosterQuery } from '../../../../shared/schemas/gifts';

/** The print page of a signed roster: /print/gift-roster?campaign=…&unit=…&followUp=1 */
export function rosterPrintPath({ campaignId, unitId, followUp }: RosterQuery): string {
  const search = new URLSearchParams({ campaign: campaignId });
  if (unitId) search.set('unit', unitId);
  if (followUp) search.set('followUp', '1');
  return `/print/gift-roster?${search.toString()}`;
}

/** The roster a print page's search names, or null when the campaign is missing. */
export function rosterQueryFromSearch(search: URLSearchParams): RosterQuery | null {
  const campaignId = search.get('campaign');
  if (!campaignId) return null;
  return { campaignId, unitId: search.get('unit') || null, followUp: search.get('followUp') === '1' };
}
