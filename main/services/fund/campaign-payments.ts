/**
 * The fund's part in gift campaigns: cash paid from money for gifts (then the general fund),
 * and goods received in kind handed to a campaign. Either can be reversed once.
 */
import type { Kysely } from 'kysely';
import { potsFor } from '../../../shared/codes/fund';
import type { ParsedInput } from '../../../shared/contract';
import type { PostingRef } from '../../../shared/fund';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { assertOpenDate, drawCash, drawGoods, post, reversePosting } from './ledger';
import { requireOfficeId } from './office-id';
import { goodsMayBeSetAsideFor } from './pots';

type Db = Kysely<Database>;
type CampaignPayment = ParsedInput<'fund.payCampaign'>;
type GoodsIssue = ParsedInput<'fund.issueGoods'>;
type PostingReverse = ParsedInput<'fund.reversePosting'>;

async function requireCampaign(db: Db, id: string): Promise<void> {
  const campaign = await db.selectFrom('gift_campaign').select('id').where('id', '=', id).executeTakeFirst();
  if (!campaign) throw new AppFailure('errors.notFound');
}

/** Pays cash to a campaign. More than its pots hold needs an override, then kept on the posting. */
export async function payCampaign(db: Db, clock: Clock, input: CampaignPayment): Promise<PostingRef> {
  const officeId = await requireOfficeId(db);
  return db.transaction().execute(async (trx) => {
    await requireCampaign(trx, input.campaignId);
    await assertOpenDate(trx, clock, input.paidOn, 'paidOn');
    const drawn = await drawCash(trx, potsFor({ purpose: 'gifts' }), input.amount, input.paidOn, input.overrideReason);
    const ref = await post(trx, clock, {
      officeId,
      postedOn: input.paidOn,
      source: 'campaignPayment',
      campaignId: input.campaignId,
      overrideReason: drawn.overdrawn > 0 ? input.overrideReason : null,
      overdrawn: drawn.overdrawn,
      note: input.note,
      entries: drawn.entries,
    });
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'fund_posting', entityId: ref.postingId });
    return ref;
  });
}

/** Hands part of an in-kind lot to a campaign, at its share of the lot's value. */
export async function issueGoods(db: Db, clock: Clock, input: GoodsIssue): Promise<PostingRef> {
  const officeId = await requireOfficeId(db);
  return db.transaction().execute(async (trx) => {
    await requireCampaign(trx, input.campaignId);
    const receipt = await trx
      .selectFrom('fund_receipt')
      .select(['id', 'kind', 'earmark_kind', 'earmark_purpose', 'pot'])
      .where('id', '=', input.receiptId)
      .executeTakeFirst();
    if (!receipt || receipt.kind !== 'inKind') throw new AppFailure('errors.invalidInput', [{ path: 'receiptId', message: 'validation.invalid' }]);
    // createReceipt keeps goods for gifts or the general fund; anything else is never handed out.
    if (!goodsMayBeSetAsideFor(receipt.earmark_kind, receipt.earmark_purpose)) {
      throw new AppFailure('errors.earmarkMismatch', [{ path: 'receiptId', message: 'errors.earmarkMismatch' }]);
    }
    await assertOpenDate(trx, clock, input.issuedOn, 'issuedOn');
    const entries = await drawGoods(trx, { receiptId: receipt.id, pot: receipt.pot }, input.quantity, input.issuedOn);
    const ref = await post(trx, clock, {
      officeId,
      postedOn: input.issuedOn,
      source: 'goodsIssue',
      campaignId: input.campaignId,
      note: input.note,
      entries,
    });
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'fund_posting', entityId: ref.postingId });
    return ref;
  });
}

/** Reverses a campaign payment or goods issue; receipts and cases are undone by their own actions. */
export async function reverseCampaignPosting(db: Db, clock: Clock, input: PostingReverse): Promise<PostingRef> {
  const officeId = await requireOfficeId(db);
  return db.transaction().execute(async (trx) => {
    const posting = await trx.selectFrom('fund_posting').select('source').where('id', '=', input.postingId).executeTakeFirst();
    if (!posting) throw new AppFailure('errors.notFound');
    if (posting.source !== 'campaignPayment' && posting.source !== 'goodsIssue') throw new AppFailure('errors.notReversible');
    const ref = await reversePosting(trx, clock, input);
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'fund_posting', entityId: ref.postingId });
    return ref;
  });
}
