import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, giftContext, seedGiftChildren, type GiftContext } from '../../../tests/fixtures/gifts';
import { deliveryAllSchema, deliveryMarkSchema, recipientQuerySchema, selectionRulesSchema } from '../../../shared/schemas/gifts';
import type { RecipientRow } from '../../../shared/gifts';
import { createCampaign, freezeCampaign } from './campaigns';
import { markAllReceived, markDelivery } from './delivery';
import { listRecipients, removeRecipient } from './recipients';
import { applySelection } from './selection';

let t: GiftContext;
let campaignId: string;
/** Child ids in the order seeded: two in Phường Máy Tơ (w:11311), two in Phường Cầu Đất (w:11329). */
let childIds: string[];

beforeEach(async () => {
  t = await giftContext();
  childIds = await seedGiftChildren(t, [{ unitId: 'w:11311' }, { unitId: 'w:11311' }, { unitId: 'w:11329' }, { unitId: 'w:11329' }]);
  const campaign = await createCampaign(t.db, t.clock, campaignInput());
  campaignId = campaign.id;
  await applySelection(t.db, t.units, t.clock, { campaignId, rules: selectionRulesSchema.parse({}) });
});
afterEach(() => t.close());

const freeze = () => freezeCampaign(t.db, t.clock, campaignId);
const recipients = async (): Promise<RecipientRow[]> =>
  listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId, includeRemoved: true }));
/** The recipient id of the n-th seeded child. */
const recipientOf = async (index: number): Promise<string> => {
  const row = (await recipients()).find((r) => r.childId === childIds[index]);
  if (!row) throw new Error(`child ${index} is not on the list`);
  return row.id;
};
/** Each seeded child's status, date and receiver, in seeding order. */
const states = async () => {
  const byChild = new Map((await recipients()).map((r) => [r.childId, r]));
  return childIds.map((id) => {
    const row = byChild.get(id);
    return [row?.status, row?.deliveredOn, row?.receivedBy];
  });
};
const mark = (input: Record<string, unknown>) => markDelivery(t.db, t.clock, deliveryMarkSchema.parse({ receivedBy: null, note: null, ...input }));
const markAll = (input: Record<string, unknown>) => markAllReceived(t.db, t.clock, deliveryAllSchema.parse({ campaignId, ...input }));

describe('markDelivery', () => {
  it('is refused until the list is frozen for printing', async () => {
    const id = await recipientOf(0);
    await expect(mark({ recipientIds: [id], status: 'received', date: '2027-01-25' })).rejects.toMatchObject({ code: 'errors.campaignNotFrozen' });
    await expect(markAll({ date: '2027-01-25' })).rejects.toMatchObject({ code: 'errors.campaignNotFrozen' });
    expect((await states())[0]).toEqual(['pending', null, null]);
  });

  it('records received, received by a guardian (who took it), absent and refused, each with the day', async () => {
    await freeze();
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(recipientOf));
    expect(await mark({ recipientIds: [a], status: 'received', date: '2027-01-25' })).toEqual({ updated: 1 });
    expect(await mark({ recipientIds: [b], status: 'receivedByGuardian', date: '2027-01-25', receivedBy: 'Lê Thị Hạnh' })).toEqual({ updated: 1 });
    expect(await mark({ recipientIds: [c, d], status: 'absent', date: '2027-01-26', receivedBy: 'Không ai', note: 'Đi học xa' })).toEqual({
      updated: 2,
    });
    expect(await states()).toEqual([
      ['received', '2027-01-25', null],
      ['receivedByGuardian', '2027-01-25', 'Lê Thị Hạnh'],
      // Nobody receives for an absent child, whatever was typed.
      ['absent', '2027-01-26', null],
      ['absent', '2027-01-26', null],
    ]);
    expect((await recipients()).find((r) => r.id === c)?.deliveryNote).toBe('Đi học xa');
    await mark({ recipientIds: [d], status: 'refused', date: '2027-01-27' });
    expect((await states())[3]).toEqual(['refused', '2027-01-27', null]);
  });

  it('undoes a mark with pending, which clears the day; any other status needs the day', async () => {
    await freeze();
    const a = await recipientOf(0);
    await mark({ recipientIds: [a], status: 'receivedByGuardian', date: '2027-01-25', receivedBy: 'Lê Thị Hạnh' });
    await mark({ recipientIds: [a], status: 'pending', date: '2027-01-25' });
    expect((await states())[0]).toEqual(['pending', null, null]);
    await expect(mark({ recipientIds: [a], status: 'absent', date: null })).rejects.toMatchObject({
      code: 'errors.invalidInput',
      details: [{ path: 'date', message: 'validation.required' }],
    });
  });

  it('refuses unknown recipients without marking the others, and skips children taken off the list', async () => {
    const removed = await recipientOf(3);
    await removeRecipient(t.db, t.units, t.clock, { recipientId: removed, reason: 'Đã chuyển đi nơi khác' });
    await freeze();
    const a = await recipientOf(0);
    await expect(mark({ recipientIds: [a, 'no-such-recipient'], status: 'received', date: '2027-01-25' })).rejects.toMatchObject({
      code: 'errors.notFound',
    });
    expect((await states())[0]).toEqual(['pending', null, null]);
    expect(await mark({ recipientIds: [a, removed], status: 'received', date: '2027-01-25' })).toEqual({ updated: 1 });
    expect((await states()).map((s) => s[0])).toEqual(['received', 'pending', 'pending', 'pending']);
  });

  it('leaves an audit entry naming the campaign only', async () => {
    await freeze();
    await mark({ recipientIds: [await recipientOf(0)], status: 'received', date: '2027-01-25' });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'gift_campaign').where('action', '=', 'update').execute();
    expect(audit.map((a) => a.entity_id)).toContain(campaignId);
  });
});

describe('markAllReceived', () => {
  beforeEach(freeze);

  it('marks every pending child received on the day, except those listed, and keeps earlier marks', async () => {
    const [b, c, d] = await Promise.all([1, 2, 3].map(recipientOf));
    await mark({ recipientIds: [d], status: 'refused', date: '2027-01-24' });
    const result = await markAll({
      date: '2027-01-25',
      exceptions: [
        { recipientId: b, status: 'absent', receivedBy: null, note: null },
        { recipientId: c, status: 'receivedByGuardian', receivedBy: 'Trần Văn Hùng', note: null },
      ],
    });
    expect(result).toEqual({ updated: 3 });
    expect(await states()).toEqual([
      ['received', '2027-01-25', null],
      ['absent', '2027-01-25', null],
      ['receivedByGuardian', '2027-01-25', 'Trần Văn Hùng'],
      ['refused', '2027-01-24', null],
    ]);
  });

  it('marks one unit at a time', async () => {
    expect(await markAll({ date: '2027-01-25', unitId: 'w:11329' })).toEqual({ updated: 2 });
    expect((await states()).map((s) => s[0])).toEqual(['pending', 'pending', 'received', 'received']);
    expect(await markAll({ date: '2027-01-26', unitId: 'w:11311' })).toEqual({ updated: 2 });
    expect((await states()).map((s) => s[1])).toEqual(['2027-01-26', '2027-01-26', '2027-01-25', '2027-01-25']);
  });

  it('refuses an exception that is not on this list, changing nothing', async () => {
    const other = await createCampaign(t.db, t.clock, campaignInput({ name: 'Tặng quà Trung thu 2026', occasion: 'midAutumn', year: 2026 }));
    await applySelection(t.db, t.units, t.clock, { campaignId: other.id, rules: selectionRulesSchema.parse({}) });
    const foreign = (await listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId: other.id })))[0]?.id ?? '';
    await expect(markAll({ date: '2027-01-25', exceptions: [{ recipientId: foreign, status: 'absent', receivedBy: null, note: null }] })).rejects.toMatchObject({
      code: 'errors.notFound',
    });
    expect((await states()).map((s) => s[0])).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('refuses, for one unit, an exception from another unit or one already marked, changing nothing', async () => {
    const [a, , c] = await Promise.all([0, 1, 2].map(recipientOf));
    // a lives in Phường Máy Tơ: not a child of the Cầu Đất visit.
    await expect(
      markAll({ date: '2027-01-25', unitId: 'w:11329', exceptions: [{ recipientId: a, status: 'absent', receivedBy: null, note: null }] }),
    ).rejects.toMatchObject({ code: 'errors.notFound' });
    await mark({ recipientIds: [c], status: 'refused', date: '2027-01-24' });
    await expect(
      markAll({ date: '2027-01-25', unitId: 'w:11329', exceptions: [{ recipientId: c, status: 'absent', receivedBy: null, note: null }] }),
    ).rejects.toMatchObject({ code: 'errors.notFound' });
    expect((await states()).map((s) => s[0])).toEqual(['pending', 'pending', 'refused', 'pending']);
  });

  it('refuses an unknown campaign', async () => {
    await expect(markAll({ campaignId: 'no-such-campaign', date: '2027-01-25' })).rejects.toMatchObject({ code: 'errors.notFound' });
  });
});
