import type { FundingSourceKind } from '../../../shared/codes/gifts';
import { foldVietnamese, normalizeName } from '../../../shared/format/names';

/**
 * What "the same source" compares (gift_funding.source_key): the kind for the Child Fund and
 * the state budget; for a sponsor, its folded name, so that "Công ty Hoa Sen" and
 * "CÔNG TY HOA SEN" are one sponsor.
 */
export function sourceKey(kind: FundingSourceKind, sponsorName: string | null): string {
  return kind === 'sponsor' ? `sponsor:${foldVietnamese(normalizeName(sponsorName ?? ''))}` : kind;
}
