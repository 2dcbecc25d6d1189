import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, giftContext, seedGiftChildren, type GiftContext } from '../../../tests/fixtures/gifts';
import { deliveryMarkSchema, recipientQuerySchema, rosterQuerySchema, selectionRulesSchema } from '../../../shared/schemas/gifts';
import type { Roster } from '../../../shared/gifts';
import { createCampaign, freezeCampaign } from './campaigns';
import { markDelivery } from './delivery';
import { listRecipients, removeRecipient, setRecipientGift } from './recipients';
import { giftDescription, giftRoster, printedCircumstance, rosterAddress } from './roster';
import { applySelection } from './selection';

let t: GiftContext;
let campaignId: string;
let recipientByName: Map<string, string>;

beforeEach(async () => {
  t = await giftContext();
  await seedGiftChildren(t, [
    { fullName: 'Nguyễn Thị Hoa', unitId: 'w:11311', village: 'Tổ 5', addressLine: 'Số 12 ngõ 3 Lê Lợi', groups: ['a'] },
    {
      fullName: 'Trần Văn An',
      unitId: 'w:11311',
      village: null,
      birthDate: '2019-01-01',
      sex: 'male',
      groups: ['b'],
      guardians: [{ fullName: 'Trần Thị Lan', relation: 'Mẹ', phone: null, personalId: null, livesWithChild: true }],
    },
    { fullName: 'Lê Văn Bình', unitId: 'w:11329', village: 'Tổ 2', sex: 'male', atRisk: ['r1'] },
    { fullName: 'Đặng Thị Ánh', unitId: 'w:11329', village: 'Tổ 10', birthDate: '2012-03-04', sex: 'female', groups: ['d'] },
    { fullName: 'Vũ Minh Yến', unitId: 'w:11314', village: 'Tổ 7', groups: ['a'] },
  ]);
  campaignId = (await createCampaign(t.db, t.clock, campaignInput())).id;
  await applySelection(t.db, t.units, t.clock, { campaignId, rules: selectionRulesSchema.parse({}) });
  const rows = await listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId }));
  recipientByName = new Map(rows.map((r) => [r.fullName, r.id]));
});
afterEach(() => t.close());

const roster = (query: Record<string, unknown> = {}): Promise<Roster> => giftRoster(t.db, t.units, rosterQuerySchema.parse({ campaignId, ...query }));
const recipient = (name: string): string => recipientByName.get(name) ?? '';

describe('giftRoster', () => {
  it('is refused until the list is frozen, and for an unknown campaign', async () => {
    await expect(roster()).rejects.toMatchObject({ code: 'errors.campaignNotFrozen' });
    await expect(roster({ campaignId: 'no-such-campaign' })).rejects.toMatchObject({ code: 'errors.notFound' });
  });

  describe('once frozen', () => {
    beforeEach(() => freezeCampaign(t.db, t.clock, campaignId));

    it('lists the whole area by unit name, then in Vietnamese name order, numbered from 1', async () => {
      const whole = await roster();
      expect(whole.rows.map((r) => [r.number, r.fullName])).toEqual([
        [1, 'Đặng Thị Ánh'], // Phường Cầu Đất
        [2, 'Lê Văn Bình'],
        [3, 'Vũ Minh Yến'], // Phường Máy Chai
        [4, 'Trần Văn An'], // Phường Máy Tơ
        [5, 'Nguyễn Thị Hoa'],
      ]);
      expect(whole.unitName).toBeNull();
      expect(whole.title).toBe('DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027');
      expect(whole.giftDescription).toBe('Mỗi suất quà: 300.000 đồng tiền mặt và Bánh kẹo, sữa trị giá 200.000 đồng');
    });

    it('prints each child as the columns read: birth date, sex, address, circumstance, who receives for them, amount', async () => {
      const rows = new Map((await roster()).rows.map((r) => [r.fullName, r]));
      expect(rows.get('Nguyễn Thị Hoa')).toMatchObject({
        birthDate: '2015-06-01',
        address: 'Số 12 ngõ 3 Lê Lợi, Tổ 5',
        unitName: 'Phường Máy Tơ',
        circumstance: 'Trẻ em mồ côi cả cha và mẹ',
        proxyName: null,
        amount: 500_000,
      });
      expect(rows.get('Trần Văn An')).toMatchObject({
        birthDate: '2019-01-01',
        sex: 'male',
        address: '',
        circumstance: 'Trẻ em bị bỏ rơi',
        proxyName: 'Trần Thị Lan',
      });
      expect(rows.get('Đặng Thị Ánh')).toMatchObject({ sex: 'female', address: 'Tổ 10', unitName: 'Phường Cầu Đất', circumstance: 'Trẻ em khuyết tật' });
      // A child only at risk: general words, not the reason (violence at home), which every
      // family signing the same sheet would read.
      expect(rows.get('Lê Văn Bình')?.circumstance).toBe('Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt');
    });

    it('names a group only where its name discloses nothing stigmatising', () => {
      expect(printedCircumstance('a', null)).toBe('Trẻ em mồ côi cả cha và mẹ');
      expect(printedCircumstance('d', null)).toBe('Trẻ em khuyết tật');
      for (const code of ['dd', 'e', 'g', 'i', 'k', 'l', 'm']) expect(printedCircumstance(code, null)).toBe('Trẻ em có hoàn cảnh đặc biệt');
      expect(printedCircumstance(null, 'r3')).toBe('Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt');
      expect(printedCircumstance(null, null)).toBe('');
    });

    it('adds up the amounts and writes the total in words', async () => {
      const whole = await roster();
      expect(whole.totalAmount).toBe(2_500_000);
      expect(whole.totalInWords).toBe('Hai triệu năm trăm nghìn đồng chẵn');
    });

    it('keeps a child on the roster of the commune they lived in when the list was frozen', async () => {
      const child = await t.db.selectFrom('gift_recipient').select('child_id').where('id', '=', recipient('Trần Văn An')).executeTakeFirstOrThrow();
      // The child moves from Phường Máy Tơ to Phường Cầu Đất after the roster is printed.
      await t.db.updateTable('child').set({ unit_id: 'w:11329' }).where('id', '=', child.child_id).execute();
      expect((await roster({ unitId: 'w:11311' })).rows.map((r) => r.fullName)).toEqual(['Trần Văn An', 'Nguyễn Thị Hoa']);
      expect((await roster({ unitId: 'w:11329' })).rows.map((r) => r.fullName)).not.toContain('Trần Văn An');
    });

    it('lists one unit on its own, numbered from 1, under the unit name', async () => {
      const unit = await roster({ unitId: 'w:11311' });
      expect(unit.unitName).toBe('Phường Máy Tơ');
      expect(unit.rows.map((r) => [r.number, r.fullName])).toEqual([
        [1, 'Trần Văn An'],
        [2, 'Nguyễn Thị Hoa'],
      ]);
      expect(unit.rows.map((r) => r.address)).toEqual(['', 'Số 12 ngõ 3 Lê Lợi, Tổ 5']);
      expect(unit.totalAmount).toBe(1_000_000);
      expect(unit.totalInWords).toBe('Một triệu đồng chẵn');
    });

    it('follows the changes made after freezing: a child taken off, a gift set for one child', async () => {
      await removeRecipient(t.db, t.units, t.clock, { recipientId: recipient('Vũ Minh Yến'), reason: 'Đã chuyển khỏi địa bàn' });
      await setRecipientGift(t.db, t.units, t.clock, {
        recipientId: recipient('Lê Văn Bình'),
        gift: { cash: 1_005, goodsValue: 0 },
        proxyName: 'Lê Văn Tâm',
        reason: 'Theo quyết định bổ sung',
      });
      const whole = await roster();
      expect(whole.rows.map((r) => r.fullName)).toEqual(['Đặng Thị Ánh', 'Lê Văn Bình', 'Trần Văn An', 'Nguyễn Thị Hoa']);
      expect(whole.rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
      expect(whole.rows[1]).toMatchObject({ amount: 1_005, proxyName: 'Lê Văn Tâm' });
      expect(whole.totalAmount).toBe(1_501_005);
      expect(whole.totalInWords).toBe('Một triệu năm trăm linh một nghìn không trăm linh năm đồng chẵn');
      expect(whole.giftDescription).toMatch(/mức quà riêng/);
    });

    it('makes the follow-up list of the children absent at the visit', async () => {
      const mark = (name: string, status: 'received' | 'absent' | 'refused') =>
        markDelivery(t.db, t.clock, deliveryMarkSchema.parse({ recipientIds: [recipient(name)], status, date: '2027-01-25', receivedBy: null, note: null }));
      await mark('Nguyễn Thị Hoa', 'absent');
      await mark('Lê Văn Bình', 'absent');
      await mark('Trần Văn An', 'received');
      await mark('Vũ Minh Yến', 'refused');
      const followUp = await roster({ followUp: true });
      expect(followUp.followUp).toBe(true);
      expect(followUp.title).toBe('DANH SÁCH TRẺ EM VẮNG MẶT CẦN TẶNG QUÀ BỔ SUNG TẾT NGUYÊN ĐÁN NĂM 2027');
      expect(followUp.rows.map((r) => [r.number, r.fullName])).toEqual([
        [1, 'Lê Văn Bình'],
        [2, 'Nguyễn Thị Hoa'],
      ]);
      expect(followUp.totalInWords).toBe('Một triệu đồng chẵn');
      expect((await roster({ followUp: true, unitId: 'w:11314' })).rows).toEqual([]);
      expect((await roster({ followUp: true, unitId: 'w:11314' })).totalInWords).toBe('Không đồng');
      // The signed roster still lists everyone.
      expect((await roster()).rows).toHaveLength(5);
    });
  });
});

describe('giftDescription', () => {
  it.each([
    [{ cash_per_child: 300_000, goods_description: null, goods_value_per_child: 0 }, 'Mỗi suất quà: 300.000 đồng tiền mặt'],
    [{ cash_per_child: 0, goods_description: 'Sách vở, cặp sách', goods_value_per_child: 250_000 }, 'Mỗi suất quà: Sách vở, cặp sách trị giá 250.000 đồng'],
    [{ cash_per_child: 1_000_000, goods_description: 'Áo ấm', goods_value_per_child: 0 }, 'Mỗi suất quà: 1.000.000 đồng tiền mặt và Áo ấm'],
  ])('%j → %s', (campaign, expected) => {
    expect(giftDescription(campaign, false)).toBe(expected);
  });
});

describe('rosterAddress', () => {
  it('joins the parts that are there', () => {
    expect(rosterAddress(['Số 5', 'Thôn Đông', 'Xã Tân Lập'])).toBe('Số 5, Thôn Đông, Xã Tân Lập');
    expect(rosterAddress([null, ' ', 'Xã Tân Lập'])).toBe('Xã Tân Lập');
  });
});
