import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, giftContext, refusal, seedGiftChildren, type GiftContext } from '../../../tests/fixtures/gifts';
import { selectionRulesSchema } from '../../../shared/schemas/gifts';
import { createCampaign, deleteCampaign, freezeCampaign, getCampaign, listCampaigns, updateCampaign } from './campaigns';
import { addRecipient, listRecipients, setRecipientGift } from './recipients';
import { applySelection } from './selection';
import { cashReceipt } from '../../../tests/fixtures/fund';
import { payCampaign, reverseCampaignPosting } from '../fund/campaign-payments';

let t: GiftContext;
beforeEach(async () => {
  t = await giftContext();
});
afterEach(() => t.close());

const everyone = selectionRulesSchema.parse({});
const recipients = (campaignId: string) => listRecipients(t.db, t.units, { campaignId, unitId: null, statuses: [], includeRemoved: true, search: '' });

/** Delivery is delivery.ts's job; here the visit is written straight in, so these tests stand alone. */
async function markReceived(recipientId: string, date: string) {
  await t.db.updateTable('gift_recipient').set({ status: 'received', delivered_on: date }).where('id', '=', recipientId).execute();
}

describe('creating and reading a campaign', () => {
  it('creates a draft with its funding, budget and an empty list', async () => {
    const created = await createCampaign(t.db, t.clock, campaignInput());
    expect(created).toMatchObject({
      name: 'Tặng quà Tết Nguyên đán Đinh Mùi 2027',
      occasion: 'tet',
      year: 2027,
      startDate: '2027-01-20',
      endDate: '2027-02-05',
      status: 'draft',
      frozenAt: null,
      cashPerChild: 300_000,
      goodsDescription: 'Bánh kẹo, sữa',
      goodsValuePerChild: 200_000,
      budget: 100_000_000,
      plannedChildren: 0,
      plannedAmount: 0,
      remainingBudget: 100_000_000,
      rules: null,
      groupRates: [],
      statusCounts: { pending: 0, received: 0, receivedByGuardian: 0, absent: 0, refused: 0 },
      createdAt: '2026-11-22T08:00:00.000Z',
    });
    expect(created.funding.map((f) => [f.kind, f.sponsorName, f.amount])).toEqual([
      ['childFund', null, 60_000_000],
      ['stateBudget', null, 40_000_000],
    ]);
    expect(await getCampaign(t.db, created.id)).toEqual(created);
  });

  it('stores each source’s key, a sponsor’s by its folded name, and the group rates in legal order', async () => {
    const created = await createCampaign(
      t.db,
      t.clock,
      campaignInput({
        funding: [{ kind: 'sponsor', sponsorName: 'Công ty  TNHH Hoa Sen', amount: 5_000_000 }, { kind: 'childFund', sponsorName: 'ignored', amount: 1 }],
        groupRates: [
          { groupCode: 'n', cash: 600_000, goodsValue: 0 },
          { groupCode: 'd', cash: 500_000, goodsValue: 100_000 },
        ],
      }),
    );
    expect(created.funding.map((f) => [f.kind, f.sponsorName])).toEqual([['sponsor', 'Công ty TNHH Hoa Sen'], ['childFund', null]]);
    expect(created.budget).toBe(5_000_001);
    const keys = await t.db.selectFrom('gift_funding').select('source_key').where('campaign_id', '=', created.id).orderBy('sort_order').execute();
    expect(keys.map((k) => k.source_key)).toEqual(['sponsor:cong ty tnhh hoa sen', 'childFund']);
    expect(created.groupRates).toEqual([
      { groupCode: 'd', cash: 500_000, goodsValue: 100_000 },
      { groupCode: 'n', cash: 600_000, goodsValue: 0 },
    ]);
  });

  it('lists campaigns newest first, with their budgets and totals', async () => {
    const older = await createCampaign(t.db, t.clock, campaignInput({ name: 'Trung thu 2026', occasion: 'midAutumn', year: 2026, startDate: '2026-09-01', endDate: '2026-09-20' }));
    const newer = await createCampaign(t.db, t.clock, campaignInput());
    await seedGiftChildren(t, [{}, {}]);
    await applySelection(t.db, t.units, t.clock, { campaignId: newer.id, rules: everyone });
    const list = await listCampaigns(t.db);
    expect(list.map((c) => c.id)).toEqual([newer.id, older.id]);
    expect(list[0]).toMatchObject({ budget: 100_000_000, plannedChildren: 2, plannedAmount: 1_000_000, deliveredChildren: 0, deliveredAmount: 0 });
    expect(list[1]).toMatchObject({ name: 'Trung thu 2026', plannedChildren: 0, plannedAmount: 0 });
  });

  it('answers notFound for an unknown campaign, and needs the office set up', async () => {
    expect((await refusal(getCampaign(t.db, 'nothing'))).code).toBe('errors.notFound');
    expect((await refusal(freezeCampaign(t.db, t.clock, 'nothing'))).code).toBe('errors.notFound');
    await t.db.deleteFrom('office_area_unit').execute();
    await t.db.deleteFrom('audit_log').execute();
    await t.db.deleteFrom('office').execute();
    expect((await refusal(createCampaign(t.db, t.clock, campaignInput()))).code).toBe('errors.officeNotSetUp');
  });
});

describe('budget and what is left of it', () => {
  it('is the funding minus the gifts of the children on the list, and may go below zero', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput({ funding: [{ kind: 'stateBudget', sponsorName: null, amount: 1_200_000 }] }));
    await seedGiftChildren(t, [{}, {}, {}]);
    const applied = await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    expect(applied).toMatchObject({ budget: 1_200_000, plannedChildren: 3, plannedAmount: 1_500_000, remainingBudget: -300_000 });
    expect(applied.statusCounts.pending).toBe(3);
    const [first] = await recipients(campaign.id);
    await setRecipientGift(t.db, t.units, t.clock, { recipientId: first?.id ?? '', gift: { cash: 100_000, goodsValue: 0 }, proxyName: null, reason: null });
    expect(await getCampaign(t.db, campaign.id)).toMatchObject({ plannedAmount: 1_100_000, remainingBudget: 100_000 });
  });

  it('counts delivered gifts apart from planned ones', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await seedGiftChildren(t, [{}, {}]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    const [first] = await recipients(campaign.id);
    await markReceived(first?.id ?? '', '2027-01-25');
    expect(await getCampaign(t.db, campaign.id)).toMatchObject({
      plannedChildren: 2,
      plannedAmount: 1_000_000,
      deliveredChildren: 1,
      deliveredAmount: 500_000,
      statusCounts: { pending: 1, received: 1, receivedByGuardian: 0, absent: 0, refused: 0 },
    });
  });
});

describe('changing a draft', () => {
  it('re-prices the list when the gift changes, but not a gift set for one child', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await seedGiftChildren(t, [{ groups: ['a'] }, { groups: ['d'] }, { groups: ['a'] }]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    const own = (await recipients(campaign.id))[2];
    await setRecipientGift(t.db, t.units, t.clock, { recipientId: own?.id ?? '', gift: { cash: 1_000_000, goodsValue: 0 }, proxyName: null, reason: null });

    const updated = await updateCampaign(t.db, t.clock, {
      ...campaignInput({ cashPerChild: 400_000, groupRates: [{ groupCode: 'd', cash: 700_000, goodsValue: 300_000 }] }),
      id: campaign.id,
    });
    const rows = await recipients(campaign.id);
    expect(rows.map((r) => [r.groupCode, r.cash, r.goodsValue, r.amount, r.amountSource])).toEqual([
      ['a', 400_000, 200_000, 600_000, 'campaign'],
      ['d', 700_000, 300_000, 1_000_000, 'group'],
      ['a', 1_000_000, 0, 1_000_000, 'child'],
    ]);
    expect(updated).toMatchObject({ plannedAmount: 2_600_000, remainingBudget: 97_400_000 });
    // No change log before the list is frozen.
    expect(await t.db.selectFrom('gift_change').selectAll().execute()).toEqual([]);
  });

  it('lists a child again under the group that now gives the most', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await seedGiftChildren(t, [{ groups: ['a', 'n'] }]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    expect((await recipients(campaign.id))[0]).toMatchObject({ groupCode: 'a', amount: 500_000 });
    await updateCampaign(t.db, t.clock, { ...campaignInput({ groupRates: [{ groupCode: 'n', cash: 800_000, goodsValue: 0 }] }), id: campaign.id });
    expect((await recipients(campaign.id))[0]).toMatchObject({ groupCode: 'n', amount: 800_000, amountSource: 'group' });
    await updateCampaign(t.db, t.clock, { ...campaignInput({ groupRates: [] }), id: campaign.id });
    expect((await recipients(campaign.id))[0]).toMatchObject({ groupCode: 'a', amount: 500_000, amountSource: 'campaign' });
  });

  it('takes off the list the children no longer eligible when the start day moves', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    // 16 on 01/02/2027: eligible on 20/01/2027, not on 10/02/2027.
    const [byRule, byHand, young] = await seedGiftChildren(t, [{ birthDate: '2011-02-01' }, { birthDate: '2011-01-25', groups: ['n'] }, {}]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: selectionRulesSchema.parse({ groupCodes: ['a'] }) });
    await addRecipient(t.db, t.units, t.clock, { campaignId: campaign.id, childId: byHand ?? '', reason: 'Xã đề nghị' });
    expect((await recipients(campaign.id)).map((r) => r.childId).sort()).toEqual([byRule, byHand, young].sort());

    const moved = await updateCampaign(t.db, t.clock, { ...campaignInput({ startDate: '2027-02-10', endDate: '2027-02-20' }), id: campaign.id });
    const rows = await recipients(campaign.id);
    // The rules' child is gone; the child added by hand stays, removed, with the reason.
    expect(rows.map((r) => [r.childId, r.included])).toEqual(expect.arrayContaining([[young, true], [byHand, false]]));
    expect(rows.find((r) => r.childId === byRule)).toBeUndefined();
    expect(rows.find((r) => r.childId === byHand)?.removeReason).toMatch(/Không còn đủ điều kiện/);
    expect(moved.plannedChildren).toBe(1);
  });

  it('replaces the funding sources', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    const updated = await updateCampaign(t.db, t.clock, {
      ...campaignInput({ funding: [{ kind: 'sponsor', sponsorName: 'Ngân hàng Hoa Mai', amount: 30_000_000 }] }),
      id: campaign.id,
    });
    expect(updated.funding.map((f) => [f.kind, f.sponsorName, f.amount])).toEqual([['sponsor', 'Ngân hàng Hoa Mai', 30_000_000]]);
    expect(updated.budget).toBe(30_000_000);
  });
});

describe('a frozen campaign', () => {
  async function frozen() {
    const campaign = await createCampaign(t.db, t.clock, campaignInput({ groupRates: [{ groupCode: 'd', cash: 600_000, goodsValue: 0 }] }));
    await seedGiftChildren(t, [{}]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    t.clock.set('2026-12-01T03:00:00.000Z');
    return freezeCampaign(t.db, t.clock, campaign.id);
  }

  it('is frozen once, at the time it was frozen', async () => {
    const campaign = await frozen();
    expect(campaign).toMatchObject({ status: 'frozen', frozenAt: '2026-12-01T03:00:00.000Z' });
    expect((await refusal(freezeCampaign(t.db, t.clock, campaign.id))).code).toBe('errors.campaignFrozen');
  });

  it('refuses changes to the gift, the group rates, the funding and the occasion', async () => {
    const campaign = await frozen();
    const base = { groupRates: [{ groupCode: 'd' as const, cash: 600_000, goodsValue: 0 }] };
    const changes = [
      { cashPerChild: 350_000 },
      { goodsValuePerChild: 100_000 },
      { goodsDescription: 'Sữa' },
      { groupRates: [] },
      { groupRates: [{ groupCode: 'd' as const, cash: 650_000, goodsValue: 0 }] },
      { funding: [{ kind: 'childFund' as const, sponsorName: null, amount: 70_000_000 }] },
      { occasion: 'midAutumn' as const },
      { year: 2028 },
    ];
    for (const change of changes) {
      expect((await refusal(updateCampaign(t.db, t.clock, { ...campaignInput({ ...base, ...change }), id: campaign.id }))).code).toBe('errors.campaignFrozen');
    }
    expect(await getCampaign(t.db, campaign.id)).toEqual(campaign);
  });

  it('still takes a new name, dates and note', async () => {
    const campaign = await frozen();
    const updated = await updateCampaign(t.db, t.clock, {
      ...campaignInput({ name: 'Quà Tết 2027 (đợt 1)', startDate: '2027-01-22', endDate: '2027-02-10', note: 'Dời lịch', groupRates: [{ groupCode: 'd', cash: 600_000, goodsValue: 0 }] }),
      id: campaign.id,
    });
    expect(updated).toMatchObject({ name: 'Quà Tết 2027 (đợt 1)', startDate: '2027-01-22', endDate: '2027-02-10', note: 'Dời lịch', status: 'frozen', plannedAmount: 500_000 });
  });

  it('refuses a new start day that would make a child on the printed list ineligible', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await seedGiftChildren(t, [{ birthDate: '2011-02-01' }]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    await freezeCampaign(t.db, t.clock, campaign.id);
    const before = await getCampaign(t.db, campaign.id);
    const later = { ...campaignInput({ startDate: '2027-02-10', endDate: '2027-02-20' }), id: campaign.id };
    expect((await refusal(updateCampaign(t.db, t.clock, later))).code).toBe('errors.startDateExcludesChildren');
    expect(await getCampaign(t.db, campaign.id)).toEqual(before);
  });

  it('keeps a sponsor’s new spelling of the same name', async () => {
    const sponsor = (sponsorName: string) => [
      { kind: 'childFund' as const, sponsorName: null, amount: 60_000_000 },
      { kind: 'sponsor' as const, sponsorName, amount: 40_000_000 },
    ];
    const campaign = await createCampaign(t.db, t.clock, campaignInput({ funding: sponsor('Công ty hoa mai') }));
    await freezeCampaign(t.db, t.clock, campaign.id);
    const updated = await updateCampaign(t.db, t.clock, { ...campaignInput({ funding: sponsor('Công ty  Hoa Mai') }), id: campaign.id });
    expect(updated.funding.map((f) => f.sponsorName)).toEqual([null, 'Công ty Hoa Mai']);
    // The source itself is the same one: its id (the summary's key) is kept.
    expect(updated.funding.map((f) => f.id)).toEqual(campaign.funding.map((f) => f.id));
  });

  it('cannot be deleted: the list may be printed', async () => {
    const campaign = await frozen();
    expect((await refusal(deleteCampaign(t.db, t.clock, campaign.id))).code).toBe('errors.frozenCampaignDelete');
    expect((await listCampaigns(t.db)).length).toBe(1);
  });

  it('refuses a new selection', async () => {
    const campaign = await frozen();
    expect((await refusal(applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone }))).code).toBe('errors.campaignFrozen');
  });
});

describe('deleting a campaign', () => {
  it('deletes it with its list, while no gift has been marked', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await seedGiftChildren(t, [{}, {}]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    expect(await deleteCampaign(t.db, t.clock, campaign.id)).toEqual({ deleted: true });
    expect(await listCampaigns(t.db)).toEqual([]);
    expect(await t.db.selectFrom('gift_recipient').selectAll().execute()).toEqual([]);
    expect(await t.db.selectFrom('gift_funding').selectAll().execute()).toEqual([]);
    expect((await refusal(deleteCampaign(t.db, t.clock, campaign.id))).code).toBe('errors.notFound');
  });

  it('refuses once a gift has been handed over or marked', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await seedGiftChildren(t, [{}]);
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: everyone });
    const [row] = await recipients(campaign.id);
    await t.db.updateTable('gift_recipient').set({ status: 'absent', delivered_on: '2027-01-25' }).where('id', '=', row?.id ?? '').execute();
    expect((await refusal(deleteCampaign(t.db, t.clock, campaign.id))).code).toBe('errors.campaignHasDeliveries');
    expect((await listCampaigns(t.db)).length).toBe(1);
  });

  it('refuses once the Child Fund has paid to it, even if the payment was reversed', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await cashReceipt(t, 2_000_000);
    const paid = await payCampaign(t.db, t.clock, { campaignId: campaign.id, paidOn: '2026-11-10', amount: 1_000_000, note: null, overrideReason: null });
    expect(await refusal(deleteCampaign(t.db, t.clock, campaign.id))).toEqual({ code: 'errors.campaignHasFundPostings', details: undefined });
    await reverseCampaignPosting(t.db, t.clock, { postingId: paid.postingId, date: '2026-11-12', reason: 'Chi nhầm đợt', overrideReason: null });
    expect((await refusal(deleteCampaign(t.db, t.clock, campaign.id))).code).toBe('errors.campaignHasFundPostings');
    expect((await listCampaigns(t.db)).length).toBe(1);
  });
});

describe('the audit log', () => {
  it('records each write by the campaign’s id, without names', async () => {
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    await updateCampaign(t.db, t.clock, { ...campaignInput({ name: 'Quà Tết' }), id: campaign.id });
    await freezeCampaign(t.db, t.clock, campaign.id);
    const entries = await t.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id']).where('entity', '=', 'gift_campaign').orderBy('id').execute();
    expect(entries).toEqual([
      { action: 'create', entity: 'gift_campaign', entity_id: campaign.id },
      { action: 'update', entity: 'gift_campaign', entity_id: campaign.id },
      { action: 'update', entity: 'gift_campaign', entity_id: campaign.id },
    ]);
  });
});
