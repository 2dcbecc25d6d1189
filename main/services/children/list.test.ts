import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareVietnameseNames } from '../../../shared/format/names';
import { childListQuerySchema, type ChildCreateInput, type ChildListQueryInput } from '../../../shared/schemas/children';
import { addMembership, closeChild, createChild, endMembership, listChildren } from './index';
import { childInput, registerContext, type RegisterContext } from './test-support';
import { campaignInput } from '../../../tests/fixtures/gifts';
import type { DeliveryStatus } from '../../../shared/codes/gifts';
import { deliveryMarkSchema, recipientQuerySchema, selectionRulesSchema } from '../../../shared/schemas/gifts';
import { createCampaign, freezeCampaign } from '../gifts/campaigns';
import { markDelivery } from '../gifts/delivery';
import { listRecipients } from '../gifts/recipients';
import { applySelection } from '../gifts/selection';

const today = '2026-11-22';
let t: RegisterContext;
beforeEach(async () => {
  t = await registerContext();
});
afterEach(() => t.close());

const group = (code: string) => ({ kind: 'group' as const, code, subgroupCode: null, startDate: '2024-01-10', note: null });
const atRisk = (code: string) => ({ kind: 'atRisk' as const, code, subgroupCode: null, startDate: '2024-01-10', note: null });
const guardian = (fullName: string) => ({ fullName, relation: 'Mẹ', phone: null, personalId: null, livesWithChild: true });

const add = (changes: Partial<ChildCreateInput>) => createChild(t.db, t.units, t.clock, childInput(changes));
const list = (query: ChildListQueryInput = {}) => listChildren(t.db, t.units, childListQuerySchema.parse(query), today);
const names = async (query: ChildListQueryInput = {}) => (await list({ limit: 500, ...query })).rows.map((r) => r.fullName);

/** A small register with a bit of everything (today is 22/11/2026). */
async function seed() {
  const hoa = await add({ fullName: 'Nguyễn Thị Hoa', sex: 'female', birthDate: '2015-06-01', unitId: 'w:11311', memberships: [group('a')], householdStatus: 'poor' });
  const dangAn = await add({ fullName: 'Đặng Văn An', sex: 'male', birthDate: '2010-12-15', unitId: 'w:11314', memberships: [group('d'), atRisk('r4')], householdStatus: 'other' });
  const binh = await add({ fullName: 'Lê Văn Bình', sex: 'male', birthDate: '2012-03-01', unitId: '11329', memberships: [atRisk('r1')], householdStatus: 'nearPoor' });
  const tranAn = await add({
    fullName: 'Trần Văn An',
    sex: 'male',
    birthDate: '2019-01-01',
    unitId: 'w:11311',
    personalId: '031219000001',
    memberships: [group('b')],
    guardians: [guardian('Nguyễn Thị Hoà')],
    householdStatus: 'other',
  });
  const left = await add({ fullName: 'Nguyễn Văn Bình', sex: 'male', birthDate: '2008-05-05', unitId: '11329', memberships: [group('c')], householdStatus: 'poor' });
  await closeChild(t.db, t.units, t.clock, { id: left.id, reason: 'turned16', date: '2024-05-05', note: null });
  const anh = await add({ fullName: 'Hoàng Thị Ánh', sex: 'female', birthDate: '2010-02-20', unitId: 'w:11329', ethnicityCode: '02', memberships: [group('d'), group('n')], householdStatus: 'poor' });
  return { hoa, dangAn, binh, tranAn, left, anh };
}

describe('listChildren: search', () => {
  beforeEach(seed);

  it('finds names without diacritics, in any word order and any case, also typed decomposed', async () => {
    // Child by name, and Trần Văn An by his guardian Nguyễn Thị Hoà.
    expect(await names({ search: 'nguyen thi hoa' })).toEqual(['Trần Văn An', 'Nguyễn Thị Hoa']);
    expect(await names({ search: 'hoa nguyen' })).toEqual(['Trần Văn An', 'Nguyễn Thị Hoa']);
    expect(await names({ search: 'dang' })).toEqual(['Đặng Văn An']);
    expect(await names({ search: 'ĐẶNG' })).toEqual(['Đặng Văn An']);
    expect(await names({ search: 'Đặng'.normalize('NFD') })).toEqual(['Đặng Văn An']);
    expect(await names({ search: '  đặng   VĂN ' })).toEqual(['Đặng Văn An']);
  });

  it('finds a part of a word of three letters or more anywhere, a shorter one at the start of a word', async () => {
    expect(await names({ search: 'uyen' })).toEqual(['Trần Văn An', 'Nguyễn Văn Bình', 'Nguyễn Thị Hoa']);
    expect(await names({ search: 'an' })).toEqual(['Đặng Văn An', 'Trần Văn An', 'Hoàng Thị Ánh']);
    expect(await names({ search: 'b' })).toEqual(['Lê Văn Bình', 'Nguyễn Văn Bình']);
    // "oa" is inside Hoa and Hoàng, but starts no word.
    expect(await names({ search: 'oa' })).toEqual([]);
  });

  it('finds a personal ID whole or in part, and a guardian by name', async () => {
    expect(await names({ search: '031219000001' })).toEqual(['Trần Văn An']);
    expect(await names({ search: '2190000' })).toEqual(['Trần Văn An']);
    expect(await names({ search: 'hoà' })).toEqual(['Trần Văn An', 'Hoàng Thị Ánh', 'Nguyễn Thị Hoa']);
  });

  it('finds nobody for a word no record has, and everybody for an empty search', async () => {
    expect(await list({ search: 'khong co ai' })).toEqual({ total: 0, rows: [] });
    expect(await list({ search: 'nguyen zzz' })).toEqual({ total: 0, rows: [] });
    expect((await list({ search: ' - ' })).total).toBe(6);
  });
});

describe('listChildren: filters', () => {
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeEach(async () => {
    seeded = await seed();
  });

  it.each<[string, ChildListQueryInput, string[]]>([
    ['a ward', { unitIds: ['w:11311'] }, ['Trần Văn An', 'Nguyễn Thị Hoa']],
    ['two units', { unitIds: ['11329', 'w:11329'] }, ['Hoàng Thị Ánh', 'Lê Văn Bình', 'Nguyễn Văn Bình']],
    ['a group', { groupCodes: ['d'] }, ['Đặng Văn An', 'Hoàng Thị Ánh']],
    ['any of several groups', { groupCodes: ['a', 'n'] }, ['Hoàng Thị Ánh', 'Nguyễn Thị Hoa']],
    ['groups that nobody is in now (the closed child\'s ended)', { groupCodes: ['c', 'm'] }, []],
    ['an at-risk reason', { atRiskCodes: ['r1'] }, ['Lê Văn Bình']],
    ['active', { statuses: ['active'] }, ['Đặng Văn An', 'Trần Văn An', 'Hoàng Thị Ánh', 'Nguyễn Thị Hoa']],
    ['at risk', { statuses: ['atRisk'] }, ['Lê Văn Bình']],
    ['left', { statuses: ['left'] }, ['Nguyễn Văn Bình']],
    ['girls', { sexes: ['female'] }, ['Hoàng Thị Ánh', 'Nguyễn Thị Hoa']],
    ['an ethnicity', { ethnicityCodes: ['02'] }, ['Hoàng Thị Ánh']],
    ['poor households', { householdStatuses: ['poor'] }, ['Hoàng Thị Ánh', 'Nguyễn Văn Bình', 'Nguyễn Thị Hoa']],
    ['several at once', { groupCodes: ['d'], sexes: ['male'], statuses: ['active'], search: 'an' }, ['Đặng Văn An']],
  ])('%s', async (_label, query, expected) => {
    expect(await names(query)).toEqual(expected);
    expect((await list(query)).total).toBe(expected.length);
  });

  it('follows memberships as they end and start', async () => {
    const groupD = seeded.dangAn.memberships.find((m) => m.code === 'd')?.id ?? '';
    await endMembership(t.db, t.units, t.clock, { id: groupD, endDate: '2026-11-01', endReason: 'circumstanceEnded' });
    expect(await names({ groupCodes: ['d'] })).toEqual(['Hoàng Thị Ánh']);
    expect(await names({ atRiskCodes: ['r4'] })).toEqual(['Đặng Văn An']);
    expect(await names({ statuses: ['atRisk'] })).toEqual(['Đặng Văn An', 'Lê Văn Bình']);
    await addMembership(t.db, t.units, t.clock, seeded.binh.id, group('m'));
    expect(await names({ groupCodes: ['m'] })).toEqual(['Lê Văn Bình']);
  });

  it('gives each row its unit, status, open groups and reasons, and the 16th birthday when near', async () => {
    const { rows } = await list({ search: 'dang' });
    expect(rows).toEqual([
      {
        id: seeded.dangAn.id,
        fullName: 'Đặng Văn An',
        sex: 'male',
        birthDate: '2010-12-15',
        unitId: 'w:11314',
        unitName: 'Phường Máy Chai',
        village: 'Tổ 5',
        status: 'active',
        groupCodes: ['d'],
        atRiskCodes: ['r4'],
        sixteenOn: '2026-12-15',
      },
    ]);
    const byName = new Map((await list()).rows.map((r) => [r.fullName, r]));
    expect(byName.get('Hoàng Thị Ánh')).toMatchObject({ groupCodes: ['d', 'n'], atRiskCodes: [], sixteenOn: '2026-02-20' });
    expect(byName.get('Nguyễn Thị Hoa')).toMatchObject({ sixteenOn: null, unitName: 'Phường Máy Tơ' });
    expect(byName.get('Nguyễn Văn Bình')).toMatchObject({ status: 'left', groupCodes: [] });
  });

  it('flags children turning 16 within 90 days, and those already 16, unless their record is closed', async () => {
    await add({ fullName: 'Vũ Thị Lan', birthDate: '2011-02-20' }); // 16 on 20/02/2027, the last day of the notice
    await add({ fullName: 'Vũ Thị Mai', birthDate: '2011-02-21' }); // one day later
    expect(await names({ turning16Soon: true })).toEqual(['Đặng Văn An', 'Hoàng Thị Ánh', 'Vũ Thị Lan']);
    expect(await names({ turning16Soon: true, statuses: ['left'] })).toEqual([]);
    const rows = (await list({ turning16Soon: true })).rows;
    expect(rows.map((r) => r.sixteenOn)).toEqual(['2026-12-15', '2026-02-20', '2027-02-20']);
  });

  it('filters by age in whole years on today', async () => {
    await add({ fullName: 'Phạm Văn Tú', birthDate: '2012-11-22' }); // 14 today
    await add({ fullName: 'Phạm Văn Tư', birthDate: '2012-11-23' }); // 13 until tomorrow
    await add({ fullName: 'Phạm Văn Từ', birthDate: '2011-11-23' }); // still 14 today
    await add({ fullName: 'Phạm Văn Tứ', birthDate: '2011-11-22' }); // 15 today
    expect(await names({ ageMin: 14, ageMax: 14 })).toEqual(['Lê Văn Bình', 'Phạm Văn Tú', 'Phạm Văn Từ']);
    expect(await names({ ageMax: 7 })).toEqual(['Trần Văn An']);
    expect(await names({ ageMin: 16 })).toEqual(['Hoàng Thị Ánh', 'Nguyễn Văn Bình']);
  });
});

describe('listChildren: order and pages', () => {
  const register = ['Nguyễn Văn Bình', 'Trần Văn An', 'Lê Văn Bình', 'Nguyễn Thị Bình', 'Đào Thị Ánh', 'Dương Văn Anh', 'Đỗ Thị Ân',
    'Âu Thị Ăn', 'Nguyễn Thị Ấn', 'Ngô Văn Đạt', 'Phạm Văn Dũng', 'Lý Thị Ơn', 'Hồ Thị Ôn', 'Bùi Thị On', 'Vũ Văn Ưng', 'Võ Văn Ung',
    "Ksor H'Nhi", 'Nguyễn Hà', 'Hà', 'Trương Thị Minh Yến'];

  it('lists names in Vietnamese order: given name, then family name, then middle name', async () => {
    for (const fullName of register) await add({ fullName });
    const expected = [...register].sort(compareVietnameseNames);
    expect(await names()).toEqual(expected);
    expect(expected.slice(0, 4)).toEqual(['Trần Văn An', 'Dương Văn Anh', 'Đào Thị Ánh', 'Âu Thị Ăn']);
  });

  it('pages through the list: each page continues the last, and the total counts every match', async () => {
    for (const [index, fullName] of register.entries()) await add({ fullName, sex: index % 2 === 0 ? 'male' : 'female' });
    for (const query of [{}, { sexes: ['female' as const] }, { search: 'thi' }, { sort: 'birthDate' as const }]) {
      const whole = await list({ ...query, limit: 500 });
      const pages = [];
      for (let offset = 0; offset < whole.total; offset += 3) {
        const page = await list({ ...query, offset, limit: 3 });
        expect(page.total).toBe(whole.total);
        pages.push(...page.rows);
      }
      expect(pages).toEqual(whole.rows);
    }
    expect((await list({ limit: 5 })).total).toBe(register.length);
    expect(await list({ offset: 40 })).toEqual({ total: register.length, rows: [] });
  });

  it('sorts by birth date (oldest first) or by when the record was made (newest first)', async () => {
    t.clock.set('2026-11-20T08:00:00.000Z');
    await add({ fullName: 'Lê Thị Ba', birthDate: '2014-01-01' });
    t.clock.set('2026-11-21T08:00:00.000Z');
    await add({ fullName: 'Lê Thị Bốn', birthDate: '2012-01-01' });
    t.clock.set('2026-11-22T08:00:00.000Z');
    await add({ fullName: 'Lê Thị Hai', birthDate: '2014-01-01' });
    expect(await names({ sort: 'birthDate' })).toEqual(['Lê Thị Bốn', 'Lê Thị Ba', 'Lê Thị Hai']);
    expect(await names({ sort: 'createdAt' })).toEqual(['Lê Thị Hai', 'Lê Thị Bốn', 'Lê Thị Ba']);
  });
});

describe('listChildren: no gift in the last months', () => {
  /** A campaign of November 2025 whose gifts were handed over (or not) on the days given (today is 22/11/2026). */
  async function seedGifts() {
    const children: [string, 'male' | 'female', DeliveryStatus | null, string | null][] = [
      ['Ngô Thị Mai', 'female', null, null], // never given a gift
      ['Bùi Văn Nam', 'male', 'received', '2026-01-10'],
      ['Đỗ Thị Lan', 'female', 'receivedByGuardian', today],
      ['Vũ Văn Quân', 'male', 'received', '2025-11-22'], // 12 months ago to the day: outside the last 12 months
      ['Hà Thị Yến', 'female', 'received', '2025-11-23'],
      ['Lý Văn Phúc', 'male', 'absent', '2026-01-10'],
      ['Đào Thị Hà', 'female', 'refused', '2026-01-10'],
    ];
    const ids = new Map<string, string>();
    for (const [fullName, sex] of children) ids.set(fullName, (await add({ fullName, sex })).id);
    const campaign = await createCampaign(t.db, t.clock, campaignInput({ name: 'Quà Tết 2026', year: 2026, startDate: '2025-11-01', endDate: '2025-11-30' }));
    await applySelection(t.db, t.units, t.clock, { campaignId: campaign.id, rules: selectionRulesSchema.parse({}) });
    await freezeCampaign(t.db, t.clock, campaign.id);
    const recipients = await listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId: campaign.id }));
    for (const [fullName, , status, date] of children) {
      const recipient = recipients.find((r) => r.childId === ids.get(fullName));
      if (!status || !recipient) continue;
      await markDelivery(t.db, t.clock, deliveryMarkSchema.parse({ recipientIds: [recipient.id], status, date, receivedBy: null, note: null }));
    }
  }

  beforeEach(seedGifts);

  it('leaves out children who received a gift, or whose guardian took it, within the months up to today', async () => {
    expect(await names({ noGiftMonths: 12 })).toEqual(['Đào Thị Hà', 'Ngô Thị Mai', 'Lý Văn Phúc', 'Vũ Văn Quân']);
    expect((await list({ noGiftMonths: 12 })).total).toBe(4);
    expect(await names({ noGiftMonths: 1 })).toEqual(['Đào Thị Hà', 'Ngô Thị Mai', 'Bùi Văn Nam', 'Lý Văn Phúc', 'Vũ Văn Quân', 'Hà Thị Yến']);
    expect((await list()).total).toBe(7);
  });

  it('combines with the other filters and pages like any list', async () => {
    expect(await names({ noGiftMonths: 12, sexes: ['female'] })).toEqual(['Đào Thị Hà', 'Ngô Thị Mai']);
    expect(await names({ noGiftMonths: 12, search: 'van' })).toEqual(['Lý Văn Phúc', 'Vũ Văn Quân']);
    const pages = [...(await list({ noGiftMonths: 12, limit: 3 })).rows, ...(await list({ noGiftMonths: 12, limit: 3, offset: 3 })).rows];
    expect(pages.map((r) => r.fullName)).toEqual(await names({ noGiftMonths: 12 }));
  });

  it('follows a mark undone, and counts no gift dated after today, but still the earlier ones', async () => {
    const second = await createCampaign(t.db, t.clock, campaignInput({ name: 'Quà Trung thu 2026', occasion: 'midAutumn', year: 2026 }));
    await applySelection(t.db, t.units, t.clock, { campaignId: second.id, rules: selectionRulesSchema.parse({}) });
    await freezeCampaign(t.db, t.clock, second.id);
    const recipients = await listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId: second.id }));
    const of = (name: string) => recipients.find((r) => r.fullName === name)?.id ?? '';
    const mark = (name: string, status: DeliveryStatus, date: string | null) =>
      markDelivery(t.db, t.clock, deliveryMarkSchema.parse({ recipientIds: [of(name)], status, date, receivedBy: null, note: null }));
    // Dated after today (22/11/2026): not a gift "in the last 12 months" yet.
    await mark('Ngô Thị Mai', 'received', '2027-01-05');
    // Nam's gift of 10/01/2026 still counts though his latest is dated after today.
    await mark('Bùi Văn Nam', 'received', '2027-01-05');
    // Quân's only recent gift is recorded, then undone.
    await mark('Vũ Văn Quân', 'received', '2026-10-01');
    await mark('Vũ Văn Quân', 'pending', null);
    expect(await names({ noGiftMonths: 12 })).toEqual(['Đào Thị Hà', 'Ngô Thị Mai', 'Lý Văn Phúc', 'Vũ Văn Quân']);
    const last = await t.db.selectFrom('child').select(['full_name', 'last_gift_on']).where('full_name', 'in', ['Ngô Thị Mai', 'Vũ Văn Quân']).orderBy('full_name').execute();
    expect(last.map((c) => [c.full_name, c.last_gift_on])).toEqual([['Ngô Thị Mai', '2027-01-05'], ['Vũ Văn Quân', '2025-11-22']]);
  });
});
