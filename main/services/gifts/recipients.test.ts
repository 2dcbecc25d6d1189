import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, giftContext, refusal, seedGiftChildren, type GiftContext } from '../../../tests/fixtures/gifts';
import { selectionRulesSchema } from '../../../shared/schemas/gifts';
import { createCampaign, freezeCampaign, getCampaign } from './campaigns';
import { addRecipient, listChanges, listRecipients, removeRecipient, restoreRecipient, setRecipientGift } from './recipients';
import { applySelection } from './selection';

let t: GiftContext;
beforeEach(async () => {
  t = await giftContext();
});
afterEach(() => t.close());

const query = (campaignId: string, changes: Partial<Parameters<typeof listRecipients>[2]> = {}) =>
  listRecipients(t.db, t.units, { campaignId, unitId: null, statuses: [], includeRemoved: false, search: '', ...changes });

/** A draft Tết campaign whose rules picked Ánh and Bảo (group a); Cường (group d) and Dung (at risk) are on the register. */
async function setUp() {
  const [anh = '', bao = '', cuong = '', dung = ''] = await seedGiftChildren(t, [
    { fullName: 'Lê Thị Ánh', groups: ['a'] },
    { fullName: 'Trần Văn Bảo', groups: ['a'], unitId: 'w:11329' },
    { fullName: 'Phạm Minh Cường', groups: ['d'] },
    { fullName: 'Vũ Thị Dung', atRisk: ['r5'] },
  ]);
  const campaign = await createCampaign(t.db, t.clock, campaignInput({ groupRates: [{ groupCode: 'd', cash: 600_000, goodsValue: 200_000 }] }));
  await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: selectionRulesSchema.parse({ groupCodes: ['a'] }) });
  const rows = await query(campaign.id);
  const recipientOf = (childId: string) => rows.find((r) => r.childId === childId)?.id ?? '';
  return { campaignId: campaign.id, anh, bao, cuong, dung, anhRecipient: recipientOf(anh), baoRecipient: recipientOf(bao) };
}

/** Delivery is delivery.ts's job; here the visit is written straight in, so these tests stand alone. */
async function markReceived(recipientId: string) {
  await t.db.updateTable('gift_recipient').set({ status: 'received', delivered_on: '2027-01-25' }).where('id', '=', recipientId).execute();
}

describe('adding a child by hand', () => {
  it('adds an eligible child with the reason, listed under their group with its gift', async () => {
    const s = await setUp();
    const added = await addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.cuong, reason: 'Xã đề nghị bổ sung' });
    expect(added).toMatchObject({
      childId: s.cuong,
      fullName: 'Phạm Minh Cường',
      unitName: 'Phường Máy Tơ',
      groupCode: 'd',
      atRiskCode: null,
      cash: 600_000,
      goodsValue: 200_000,
      amount: 800_000,
      amountSource: 'group',
      origin: 'manual',
      included: true,
      addReason: 'Xã đề nghị bổ sung',
      status: 'pending',
    });
    const atRisk = await addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.dung, reason: 'Hoàn cảnh khó khăn' });
    expect(atRisk).toMatchObject({ groupCode: null, atRiskCode: 'r5', amount: 500_000, amountSource: 'campaign' });
    expect(await getCampaign(t.db, s.campaignId)).toMatchObject({ plannedChildren: 4, plannedAmount: 2_300_000 });
  });

  it('refuses a child already on the list, even one removed from it', async () => {
    const s = await setUp();
    expect((await refusal(addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.anh, reason: 'Lặp' }))).code).toBe('errors.recipientExists');
    await removeRecipient(t.db, t.units, t.clock, { recipientId: s.baoRecipient, reason: 'Đã chuyển đi' });
    expect((await refusal(addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.bao, reason: 'Thêm lại' }))).code).toBe('errors.recipientExists');
  });

  it('refuses a child no longer on the register, or 16 on the start day', async () => {
    const s = await setUp();
    const [left = '', sixteen = ''] = await seedGiftChildren(t, [
      { fullName: 'Đỗ Văn Lâm', left: { on: '2026-11-01' } },
      { fullName: 'Ngô Thị Mai', birthDate: '2011-01-20' },
    ]);
    for (const childId of [left, sixteen]) {
      expect((await refusal(addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId, reason: 'Thử' }))).code).toBe('errors.childNotEligible');
    }
  });

  it('answers notFound for an unknown child or campaign, and needs a reason', async () => {
    const s = await setUp();
    expect((await refusal(addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: 'nobody', reason: 'Thử' }))).code).toBe('errors.notFound');
    expect((await refusal(addRecipient(t.db, t.units, t.clock, { campaignId: 'nothing', childId: s.cuong, reason: 'Thử' }))).code).toBe('errors.notFound');
    expect((await refusal(addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.cuong, reason: '  ' }))).code).toBe('errors.reasonRequired');
  });
});

describe('removing and restoring', () => {
  it('keeps a removed child on record with the reason, out of the totals and the default list', async () => {
    const s = await setUp();
    const removed = await removeRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Đã nhận quà của xã' });
    expect(removed).toMatchObject({ included: false, removeReason: 'Đã nhận quà của xã', status: 'pending' });
    expect((await query(s.campaignId)).map((r) => r.fullName)).toEqual(['Trần Văn Bảo']);
    expect((await query(s.campaignId, { includeRemoved: true })).map((r) => [r.fullName, r.included])).toEqual([
      ['Trần Văn Bảo', true],
      ['Lê Thị Ánh', false],
    ]);
    expect(await getCampaign(t.db, s.campaignId)).toMatchObject({ plannedChildren: 1, plannedAmount: 500_000, remainingBudget: 99_500_000 });
  });

  it('restores a removed child by hand, so that the rules no longer take them off', async () => {
    const s = await setUp();
    await removeRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Nhầm' });
    const restored = await restoreRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Xác minh lại' });
    expect(restored).toMatchObject({ included: true, removeReason: null, origin: 'manual', addReason: 'Xác minh lại' });
    await applySelection(t.db, t.units, t.clock, { campaignId: s.campaignId, rules: selectionRulesSchema.parse({ groupCodes: ['d'] }) });
    expect((await query(s.campaignId)).map((r) => r.fullName)).toEqual(['Lê Thị Ánh', 'Phạm Minh Cường']);
  });

  it('refuses to remove a child who has been given the gift', async () => {
    const s = await setUp();
    await markReceived(s.anhRecipient);
    expect(await refusal(removeRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Thử' }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'recipientId', message: 'validation.alreadyDelivered' }],
    });
    expect((await refusal(removeRecipient(t.db, t.units, t.clock, { recipientId: 'nothing', reason: 'Thử' }))).code).toBe('errors.notFound');
  });
});

describe('a child’s own gift and who takes it', () => {
  it('sets the gift for one child and back to the campaign’s', async () => {
    const s = await setUp();
    const own = await setRecipientGift(t.db, t.units, t.clock, { recipientId: s.anhRecipient, gift: { cash: 1_000_000, goodsValue: 0 }, proxyName: 'Lê Văn Sơn', reason: null });
    expect(own).toMatchObject({ cash: 1_000_000, goodsValue: 0, amount: 1_000_000, amountSource: 'child', proxyName: 'Lê Văn Sơn' });
    const back = await setRecipientGift(t.db, t.units, t.clock, { recipientId: s.anhRecipient, gift: null, proxyName: null, reason: null });
    expect(back).toMatchObject({ cash: 300_000, goodsValue: 200_000, amount: 500_000, amountSource: 'campaign', proxyName: null });
  });
});

describe('changes after the list is frozen', () => {
  it('logs nothing before the freeze', async () => {
    const s = await setUp();
    await addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.cuong, reason: 'Bổ sung' });
    await removeRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Chuyển đi' });
    await restoreRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Quay lại' });
    await setRecipientGift(t.db, t.units, t.clock, { recipientId: s.baoRecipient, gift: { cash: 200_000, goodsValue: 0 }, proxyName: null, reason: null });
    expect(await listChanges(t.db, t.units, s.campaignId)).toEqual([]);
  });

  it('logs each addition, removal, restoration and new amount with its reason, newest first', async () => {
    const s = await setUp();
    await freezeCampaign(t.db, t.clock, s.campaignId);
    t.clock.set('2026-12-02T01:00:00.000Z');
    const added = await addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.cuong, reason: 'Xã đề nghị bổ sung' });
    t.clock.set('2026-12-03T01:00:00.000Z');
    await removeRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Chuyển đi nơi khác' });
    t.clock.set('2026-12-04T01:00:00.000Z');
    await restoreRecipient(t.db, t.units, t.clock, { recipientId: s.anhRecipient, reason: 'Đã quay về' });
    t.clock.set('2026-12-05T01:00:00.000Z');
    await setRecipientGift(t.db, t.units, t.clock, { recipientId: s.baoRecipient, gift: { cash: 700_000, goodsValue: 0 }, proxyName: null, reason: 'Hoàn cảnh đặc biệt khó khăn' });
    // Who signs for the child (column 7 of the printed roster) changes: a reason, and logged.
    t.clock.set('2026-12-06T01:00:00.000Z');
    const proxyOnly = { recipientId: s.baoRecipient, gift: { cash: 700_000, goodsValue: 0 }, proxyName: 'Trần Thị Hạnh' };
    expect((await refusal(setRecipientGift(t.db, t.units, t.clock, { ...proxyOnly, reason: null }))).code).toBe('errors.reasonRequired');
    await setRecipientGift(t.db, t.units, t.clock, { ...proxyOnly, reason: 'Bà ngoại nhận thay' });
    // The same again: nothing changes, nothing to log.
    await setRecipientGift(t.db, t.units, t.clock, { ...proxyOnly, reason: null });

    const changes = await listChanges(t.db, t.units, s.campaignId);
    expect(changes.map((c) => [c.at, c.kind, c.childName, c.unitName, c.reason, c.oldAmount, c.newAmount])).toEqual([
      ['2026-12-06T01:00:00.000Z', 'proxyChanged', 'Trần Văn Bảo', 'Phường Cầu Đất', 'Bà ngoại nhận thay', null, null],
      ['2026-12-05T01:00:00.000Z', 'amountChanged', 'Trần Văn Bảo', 'Phường Cầu Đất', 'Hoàn cảnh đặc biệt khó khăn', 500_000, 700_000],
      ['2026-12-04T01:00:00.000Z', 'restored', 'Lê Thị Ánh', 'Phường Máy Tơ', 'Đã quay về', null, 500_000],
      ['2026-12-03T01:00:00.000Z', 'removed', 'Lê Thị Ánh', 'Phường Máy Tơ', 'Chuyển đi nơi khác', 500_000, null],
      ['2026-12-02T01:00:00.000Z', 'added', 'Phạm Minh Cường', 'Phường Máy Tơ', 'Xã đề nghị bổ sung', null, 800_000],
    ]);
    expect(changes[4]?.recipientId).toBe(added.id);
    expect(await getCampaign(t.db, s.campaignId)).toMatchObject({ status: 'frozen', plannedChildren: 3, plannedAmount: 2_000_000 });
  });

  it('needs a reason for a new amount', async () => {
    const s = await setUp();
    await freezeCampaign(t.db, t.clock, s.campaignId);
    const input = { recipientId: s.anhRecipient, gift: { cash: 100_000, goodsValue: 0 }, proxyName: null };
    expect((await refusal(setRecipientGift(t.db, t.units, t.clock, { ...input, reason: null }))).code).toBe('errors.reasonRequired');
    expect((await refusal(setRecipientGift(t.db, t.units, t.clock, { ...input, reason: ' ' }))).code).toBe('errors.reasonRequired');
    expect((await query(s.campaignId)).find((r) => r.id === s.anhRecipient)).toMatchObject({ amount: 500_000, amountSource: 'campaign' });
    expect(await listChanges(t.db, t.units, s.campaignId)).toEqual([]);
  });
});

describe('the list', () => {
  it('runs by unit, in Vietnamese order of the units’ names, then by name', async () => {
    const s = await setUp();
    await addRecipient(t.db, t.units, t.clock, { campaignId: s.campaignId, childId: s.cuong, reason: 'Bổ sung' });
    // Phường Cầu Đất (w:11329) before Phường Máy Tơ (w:11311); Ánh before Cường.
    expect((await query(s.campaignId)).map((r) => [r.unitName, r.fullName])).toEqual([
      ['Phường Cầu Đất', 'Trần Văn Bảo'],
      ['Phường Máy Tơ', 'Lê Thị Ánh'],
      ['Phường Máy Tơ', 'Phạm Minh Cường'],
    ]);
  });

  it('filters by unit, by delivery status and by a name typed without accents', async () => {
    const s = await setUp();
    await markReceived(s.baoRecipient);
    expect((await query(s.campaignId, { unitId: 'w:11311' })).map((r) => r.fullName)).toEqual(['Lê Thị Ánh']);
    expect((await query(s.campaignId, { statuses: ['received'] })).map((r) => [r.fullName, r.status, r.deliveredOn])).toEqual([['Trần Văn Bảo', 'received', '2027-01-25']]);
    expect((await query(s.campaignId, { search: 'THI anh' })).map((r) => r.fullName)).toEqual(['Lê Thị Ánh']);
    expect(await query(s.campaignId, { search: 'xyz' })).toEqual([]);
    expect((await refusal(query('nothing'))).code).toBe('errors.notFound');
  });
});
