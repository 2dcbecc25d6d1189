import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, giftContext, refusal, seedGiftChildren, type GiftChildSpec, type GiftContext } from '../../../tests/fixtures/gifts';
import type { CampaignInput, SelectionRules } from '../../../shared/schemas/gifts';
import { selectionRulesSchema } from '../../../shared/schemas/gifts';
import { addMembership } from '../children';
import { createCampaign, getCampaign } from './campaigns';
import { addRecipient, listRecipients, removeRecipient, setRecipientGift } from './recipients';
import { applySelection, monthsBefore, openOnDay, previewSelection, selectChildren } from './selection';

let t: GiftContext;
beforeEach(async () => {
  t = await giftContext();
});
afterEach(() => t.close());

const rules = (input: Partial<SelectionRules> = {}) => selectionRulesSchema.parse(input);

/** The fixture children by their own names, so that the expectations read as the rules do. */
async function seed(specs: Record<string, GiftChildSpec>) {
  const names = Object.keys(specs);
  const ids = await seedGiftChildren(t, names.map((fullName) => ({ fullName, ...specs[fullName] })));
  return new Map(ids.map((id, index) => [id, names[index] ?? '']));
}

async function campaign(overrides: Partial<CampaignInput> = {}) {
  return createCampaign(t.db, t.clock, campaignInput(overrides));
}

/** The names the rules select for a campaign, in alphabetical order. */
async function selected(names: Map<string, string>, campaignId: string, input: Partial<SelectionRules> = {}) {
  const detail = await getCampaign(t.db, campaignId);
  const selection = await selectChildren(t.db, rules(input), detail);
  return selection.children.map((c) => names.get(c.childId) ?? '?').sort();
}

/** Delivery is delivery.ts's job; here the visit is written straight in, so these tests stand alone. */
async function gaveGift(campaignId: string, childId: string, date: string, status: 'received' | 'receivedByGuardian' | 'absent' = 'received') {
  await addRecipient(t.db, t.units, t.clock, { campaignId, childId, reason: 'Đợt trước' });
  await t.db.updateTable('gift_recipient').set({ status, delivered_on: date }).where('campaign_id', '=', campaignId).where('child_id', '=', childId).execute();
}

const listed = (campaignId: string) => listRecipients(t.db, t.units, { campaignId, unitId: null, statuses: [], includeRemoved: true, search: '' });

describe('selection rules, on the campaign’s start day (20/01/2027)', () => {
  it('by group: an open membership of one of the groups that day', async () => {
    const names = await seed({
      'Lê Thị Ánh': { groups: ['a'] },
      'Trần Văn Bảo': { groups: ['d'] },
      'Phạm Minh Cường': { groups: ['d', 'n'] },
      'Vũ Thị Dung': { groups: ['a', 'm'], ended: [{ code: 'a', on: '2026-06-01' }] },
      'Hoàng Gia Huy': { atRisk: ['r1'] },
    });
    const c = await campaign();
    expect(await selected(names, c.id, { groupCodes: ['a'] })).toEqual(['Lê Thị Ánh']);
    expect(await selected(names, c.id, { groupCodes: ['d'] })).toEqual(['Phạm Minh Cường', 'Trần Văn Bảo']);
    expect(await selected(names, c.id, { groupCodes: ['a', 'm'] })).toEqual(['Lê Thị Ánh', 'Vũ Thị Dung']);
    expect(await selected(names, c.id, { groupCodes: ['o'] })).toEqual([]);
  });

  it('a membership that ended before the start day, or starts after it, does not count', async () => {
    const names = await seed({ 'Lê Thị Ánh': { groups: ['a'], since: '2026-10-01' }, 'Trần Văn Bảo': { groups: ['b'], ended: [{ code: 'b', on: '2026-11-01' }] } });
    // A campaign in the past: its start day lies before Ánh joined group a.
    const past = await campaign({ year: 2026, startDate: '2026-09-01', endDate: '2026-09-30' });
    expect(await selected(names, past.id, { groupCodes: ['a', 'b'] })).toEqual(['Trần Văn Bảo']);
    const tet = await campaign();
    expect(await selected(names, tet.id, { groupCodes: ['a', 'b'] })).toEqual(['Lê Thị Ánh']);
  });

  it('at risk: children on the at-risk list, alone or together with groups', async () => {
    const names = await seed({
      'Lê Thị Ánh': { groups: ['a'] },
      'Trần Văn Bảo': { atRisk: ['r2'] },
      'Phạm Minh Cường': { groups: ['d'], atRisk: ['r4'] },
      'Vũ Thị Dung': { groups: ['d'], atRisk: ['r1'], ended: [{ code: 'r1', on: '2025-01-01' }] },
    });
    const c = await campaign();
    expect(await selected(names, c.id, { includeAtRisk: true })).toEqual(['Phạm Minh Cường', 'Trần Văn Bảo']);
    expect(await selected(names, c.id, { groupCodes: ['a'], includeAtRisk: true })).toEqual(['Lê Thị Ánh', 'Phạm Minh Cường', 'Trần Văn Bảo']);
  });

  it('with no group and no at-risk asked: every child on the register, not those who left', async () => {
    const names = await seed({
      'Lê Thị Ánh': { groups: ['a'] },
      'Trần Văn Bảo': { atRisk: ['r2'] },
      'Phạm Minh Cường': { groups: ['d'], left: { on: '2026-10-01' } },
    });
    const c = await campaign();
    expect(await selected(names, c.id)).toEqual(['Lê Thị Ánh', 'Trần Văn Bảo']);
  });

  it('counts ages on the start day: a child turning 16 that day is no longer a child', async () => {
    const names = await seed({
      'Turns 16 on the day': { birthDate: '2011-01-20' },
      'Turns 16 the day after': { birthDate: '2011-01-21' },
      'Turned 16 before': { birthDate: '2010-12-31' },
    });
    const c = await campaign();
    expect(await selected(names, c.id)).toEqual(['Turns 16 the day after']);
    expect(await selected(names, c.id, { ageMin: 15, ageMax: 15 })).toEqual(['Turns 16 the day after']);
  });

  it('keeps to the age range in whole years, both ends included', async () => {
    const names = await seed({
      'Six on the day': { birthDate: '2021-01-20' },
      'Six the day after': { birthDate: '2021-01-21' },
      'Ten, eleven the day after': { birthDate: '2016-01-21' },
      'Eleven on the day': { birthDate: '2016-01-20' },
      'Born 29 February': { birthDate: '2016-02-29' },
    });
    const c = await campaign();
    expect(await selected(names, c.id, { ageMin: 6, ageMax: 10 })).toEqual(['Born 29 February', 'Six on the day', 'Ten, eleven the day after']);
    expect(await selected(names, c.id, { ageMax: 5 })).toEqual(['Six the day after']);
    expect(await selected(names, c.id, { ageMin: 11 })).toEqual(['Eleven on the day']);
    // In a common year the 29 February birthday comes on 1 March (as ageOn counts it).
    const lastOfFebruary = await campaign({ startDate: '2027-02-28', endDate: '2027-03-05' });
    expect(await selected(names, lastOfFebruary.id, { ageMin: 11 })).toEqual(['Eleven on the day', 'Ten, eleven the day after']);
    const firstOfMarch = await campaign({ startDate: '2027-03-01', endDate: '2027-03-05' });
    expect(await selected(names, firstOfMarch.id, { ageMin: 11 })).toEqual(['Born 29 February', 'Eleven on the day', 'Ten, eleven the day after']);
  });

  it('leaves out a child not yet born on the start day', async () => {
    const names = await seed({ 'Born in spring': { birthDate: '2025-03-01' }, 'Older': { birthDate: '2019-05-05' } });
    const past = await campaign({ year: 2025, startDate: '2025-02-01', endDate: '2025-02-10' });
    expect(await selected(names, past.id)).toEqual(['Older']);
  });

  it('by unit and by household status', async () => {
    const names = await seed({
      'Lê Thị Ánh': { unitId: 'w:11311', householdStatus: 'poor' },
      'Trần Văn Bảo': { unitId: 'w:11314', householdStatus: 'nearPoor' },
      'Phạm Minh Cường': { unitId: 'w:11329', householdStatus: 'other' },
      'Vũ Thị Dung': { unitId: 'w:11314', householdStatus: 'poor' },
    });
    const c = await campaign();
    expect(await selected(names, c.id, { unitIds: ['w:11314'] })).toEqual(['Trần Văn Bảo', 'Vũ Thị Dung']);
    expect(await selected(names, c.id, { unitIds: ['w:11311', 'w:11329'] })).toEqual(['Lê Thị Ánh', 'Phạm Minh Cường']);
    expect(await selected(names, c.id, { householdStatuses: ['poor', 'nearPoor'] })).toEqual(['Lê Thị Ánh', 'Trần Văn Bảo', 'Vũ Thị Dung']);
    expect(await selected(names, c.id, { unitIds: ['w:11314'], householdStatuses: ['poor'] })).toEqual(['Vũ Thị Dung']);
  });

  it('gives each child’s groups and at-risk reasons on the start day', async () => {
    const names = await seed({ 'Lê Thị Ánh': { groups: ['n', 'd'], atRisk: ['r4'] }, 'Trần Văn Bảo': { atRisk: ['r2'] } });
    const [bao] = [...names].find(([, n]) => n === 'Trần Văn Bảo') ?? [''];
    // r1 joins later: the earlier reason comes first.
    await addMembership(t.db, t.units, t.clock, bao, { kind: 'atRisk', code: 'r1', subgroupCode: null, startDate: '2026-03-01', note: null });
    const c = await campaign();
    const selection = await selectChildren(t.db, rules(), c);
    const open = await openOnDay(t.db, c.startDate, selection.children.map((s) => s.childId));
    const byName = new Map(selection.children.map((s) => [names.get(s.childId), { ...s, ...open.get(s.childId) }]));
    expect(byName.get('Lê Thị Ánh')).toMatchObject({ unitId: 'w:11311', atRisk: ['r4'] });
    expect([...(byName.get('Lê Thị Ánh')?.groups ?? [])].sort()).toEqual(['d', 'n']);
    expect(byName.get('Trần Văn Bảo')?.atRisk).toEqual(['r2', 'r1']);
    // Asked about many children, it reads the whole day at once: the same answer.
    const many = [...selection.children.map((s) => s.childId), ...Array.from({ length: 600 }, (_, i) => `not-a-child-${i}`)];
    expect(await openOnDay(t.db, c.startDate, many)).toEqual(open);
  });
});

describe('no gift from the same source in the last N months', () => {
  async function history() {
    const names = await seed({
      'Nhận quỹ tháng 6': {},
      'Nhận quỹ quá 12 tháng': {},
      'Nhận đúng ngày biên': {},
      'Nhận sau ngày biên': {},
      'Nhận từ nhà tài trợ khác': {},
      'Vắng mặt': {},
      'Người giám hộ nhận': {},
      'Chưa nhận quà': {},
    });
    const id = (name: string) => [...names].find(([, n]) => n === name)?.[0] ?? '';
    // Earlier campaigns, recorded after the fact (a list can be made for a past campaign).
    const fund = await campaign({
      name: 'Trung thu 2026',
      occasion: 'midAutumn',
      year: 2026,
      startDate: '2025-09-01',
      endDate: '2026-12-31',
      funding: [{ kind: 'childFund', sponsorName: null, amount: 50_000_000 }],
    });
    await gaveGift(fund.id, id('Nhận quỹ tháng 6'), '2026-06-01');
    await gaveGift(fund.id, id('Nhận quỹ quá 12 tháng'), '2025-12-01');
    // Twelve months before 20/01/2027 is 20/01/2026: that day is outside, the next inside.
    await gaveGift(fund.id, id('Nhận đúng ngày biên'), '2026-01-20');
    await gaveGift(fund.id, id('Nhận sau ngày biên'), '2026-01-21');
    await gaveGift(fund.id, id('Vắng mặt'), '2026-06-01', 'absent');
    await gaveGift(fund.id, id('Người giám hộ nhận'), '2026-06-01', 'receivedByGuardian');
    const sponsor = await campaign({
      name: 'Quà 1/6',
      occasion: 'childrenDay',
      year: 2026,
      startDate: '2026-05-25',
      endDate: '2026-06-05',
      funding: [{ kind: 'sponsor', sponsorName: 'Công ty Hoa Sen', amount: 10_000_000 }],
    });
    await gaveGift(sponsor.id, id('Nhận từ nhà tài trợ khác'), '2026-06-01');
    return names;
  }

  it('leaves out a child given a gift from the Child Fund within 12 months', async () => {
    const names = await history();
    const tet = await campaign(); // Child Fund + state budget
    expect(await selected(names, tet.id, { noGiftMonths: 12 })).toEqual([
      'Chưa nhận quà',
      'Nhận quỹ quá 12 tháng',
      'Nhận từ nhà tài trợ khác',
      'Nhận đúng ngày biên',
      'Vắng mặt',
    ].sort());
    expect(await selected(names, tet.id, { noGiftMonths: 8 })).toEqual(
      ['Chưa nhận quà', 'Nhận quỹ quá 12 tháng', 'Nhận từ nhà tài trợ khác', 'Nhận đúng ngày biên', 'Nhận sau ngày biên', 'Vắng mặt'].sort(),
    );
    expect(await selected(names, tet.id)).toHaveLength(8);
    const preview = await previewSelection(t.db, t.units, { campaignId: tet.id, rules: rules({ noGiftMonths: 12 }) });
    expect(preview.excludedByRecentGift).toBe(3);
    expect(preview.matched).toBe(5);
  });

  it('does not count a gift from another source', async () => {
    const names = await history();
    const stateOnly = await campaign({ funding: [{ kind: 'stateBudget', sponsorName: null, amount: 1_000_000 }] });
    expect(await selected(names, stateOnly.id, { noGiftMonths: 12 })).toHaveLength(8);
  });

  it('matches a sponsor by its folded name', async () => {
    const names = await history();
    const sameSponsor = await campaign({ funding: [{ kind: 'sponsor', sponsorName: 'CÔNG TY  HOA SEN', amount: 1_000_000 }] });
    expect(await selected(names, sameSponsor.id, { noGiftMonths: 12 })).not.toContain('Nhận từ nhà tài trợ khác');
    expect(await selected(names, sameSponsor.id, { noGiftMonths: 12 })).toHaveLength(7);
    const otherSponsor = await campaign({ funding: [{ kind: 'sponsor', sponsorName: 'Công ty Hoa Hồng', amount: 1_000_000 }] });
    expect(await selected(names, otherSponsor.id, { noGiftMonths: 12 })).toHaveLength(8);
  });

  it('counts months back from the start day, to the end of a shorter month', () => {
    expect(monthsBefore('2027-01-20', 12)).toBe('2026-01-20');
    expect(monthsBefore('2027-03-31', 1)).toBe('2027-02-28');
    expect(monthsBefore('2028-03-31', 1)).toBe('2028-02-29');
    expect(monthsBefore('2027-01-05', 1)).toBe('2026-12-05');
    expect(monthsBefore('2027-06-15', 60)).toBe('2022-06-15');
  });
});

describe('applying the rules to the list', () => {
  it('adds the matched children with their listed group, gift and the guardian who takes it for them', async () => {
    const guardian = (fullName: string, livesWithChild: boolean) => ({ fullName, relation: 'Bà nội', phone: null, personalId: null, livesWithChild });
    const names = await seed({
      'Lê Thị Ánh': { groups: ['a', 'd'], guardians: [guardian('Lê Văn Sơn', false), guardian('Ngô Thị Tâm', true)] },
      'Trần Văn Bảo': { atRisk: ['r3'], guardians: [guardian('Trần Văn Tùng', false)] },
      'Phạm Minh Cường': { groups: ['n'] },
    });
    const c = await campaign({ groupRates: [{ groupCode: 'd', cash: 500_000, goodsValue: 200_000 }] });
    const applied = await applySelection(t.db, t.units, t.clock, { campaignId: c.id, rules: rules({ groupCodes: ['a', 'd'], includeAtRisk: true }) });
    expect(applied).toMatchObject({ plannedChildren: 2, plannedAmount: 1_200_000, remainingBudget: 98_800_000, rules: rules({ groupCodes: ['a', 'd'], includeAtRisk: true }) });
    const rows = await listed(c.id);
    expect(rows.map((r) => [names.get(r.childId), r.groupCode, r.atRiskCode, r.amount, r.amountSource, r.proxyName, r.origin, r.status, r.included])).toEqual([
      ['Lê Thị Ánh', 'd', null, 700_000, 'group', 'Ngô Thị Tâm', 'rule', 'pending', true],
      ['Trần Văn Bảo', null, 'r3', 500_000, 'campaign', 'Trần Văn Tùng', 'rule', 'pending', true],
    ]);
  });

  it('previews what it would change without changing anything', async () => {
    const names = await seed({
      'Lê Thị Ánh': { groups: ['a'], unitId: 'w:11329' },
      'Trần Văn Bảo': { groups: ['a'] },
      'Phạm Minh Cường': { groups: ['d'] },
      'Vũ Thị Dung': { groups: ['a'] },
    });
    const id = (name: string) => [...names].find(([, n]) => n === name)?.[0] ?? '';
    const c = await campaign();
    await applySelection(t.db, t.units, t.clock, { campaignId: c.id, rules: rules({ groupCodes: ['d'] }) });
    const [cuong] = await listed(c.id);
    await addRecipient(t.db, t.units, t.clock, { campaignId: c.id, childId: id('Vũ Thị Dung'), reason: 'Gia đình khó khăn đột xuất' });
    await removeRecipient(t.db, t.units, t.clock, { recipientId: (await listed(c.id)).find((r) => r.childId === id('Vũ Thị Dung'))?.id ?? '', reason: 'Đã chuyển đi' });

    const preview = await previewSelection(t.db, t.units, { campaignId: c.id, rules: rules({ groupCodes: ['a'] }) });
    // Ánh, Bảo and Dung match; Dung was removed by hand and stays removed.
    expect(preview).toMatchObject({ matched: 3, removedByHand: 1 });
    expect(preview.byUnit).toEqual([
      { unitId: 'w:11329', unitName: 'Phường Cầu Đất', count: 1 },
      { unitId: 'w:11311', unitName: 'Phường Máy Tơ', count: 2 },
    ]);
    // Cường (rule, group d) would go; Ánh and Bảo come; Dung stays removed.
    expect(preview).toMatchObject({ toAdd: 2, toDrop: 1, excludedByRecentGift: 0, plannedAmount: 1_000_000 });
    expect((await listed(c.id)).map((r) => r.id)).toContain(cuong?.id);
    expect((await getCampaign(t.db, c.id)).rules).toEqual(rules({ groupCodes: ['d'] }));
  });

  it('drops only untouched rule children, keeps those added by hand or given their own gift, and never re-adds a removed child', async () => {
    const names = await seed({
      'Lê Thị Ánh': { groups: ['a'] },
      'Trần Văn Bảo': { groups: ['a'] },
      'Phạm Minh Cường': { groups: ['a'] },
      'Vũ Thị Dung': { groups: ['d'] },
      'Hoàng Gia Huy': { groups: ['d'] },
    });
    const id = (name: string) => [...names].find(([, n]) => n === name)?.[0] ?? '';
    const c = await campaign();
    await applySelection(t.db, t.units, t.clock, { campaignId: c.id, rules: rules({ groupCodes: ['a'] }) });
    const byName = async (name: string) => (await listed(c.id)).find((r) => r.childId === id(name));
    await setRecipientGift(t.db, t.units, t.clock, { recipientId: (await byName('Trần Văn Bảo'))?.id ?? '', gift: { cash: 800_000, goodsValue: 0 }, proxyName: null, reason: null });
    await removeRecipient(t.db, t.units, t.clock, { recipientId: (await byName('Phạm Minh Cường'))?.id ?? '', reason: 'Đã nhận quà nơi khác' });
    await addRecipient(t.db, t.units, t.clock, { campaignId: c.id, childId: id('Hoàng Gia Huy'), reason: 'Xã đề nghị bổ sung' });

    await applySelection(t.db, t.units, t.clock, { campaignId: c.id, rules: rules({ groupCodes: ['d'] }) });
    const rows = await listed(c.id);
    // In Vietnamese name order: by the given name first.
    expect(rows.map((r) => [names.get(r.childId), r.origin, r.included, r.amount])).toEqual([
      ['Trần Văn Bảo', 'rule', true, 800_000],
      ['Phạm Minh Cường', 'rule', false, 500_000],
      ['Vũ Thị Dung', 'rule', true, 500_000],
      ['Hoàng Gia Huy', 'manual', true, 500_000],
    ]);

    // Back to group a: Ánh returns, Cường stays removed.
    const applied = await applySelection(t.db, t.units, t.clock, { campaignId: c.id, rules: rules({ groupCodes: ['a'] }) });
    expect((await listed(c.id)).map((r) => [names.get(r.childId), r.included])).toEqual([
      ['Lê Thị Ánh', true],
      ['Trần Văn Bảo', true],
      ['Phạm Minh Cường', false],
      ['Hoàng Gia Huy', true],
    ]);
    expect(applied).toMatchObject({ plannedChildren: 3, plannedAmount: 1_800_000 });
  });

  it('answers notFound for an unknown campaign', async () => {
    expect((await refusal(previewSelection(t.db, t.units, { campaignId: 'nothing', rules: rules() }))).code).toBe('errors.notFound');
    expect((await refusal(applySelection(t.db, t.units, t.clock, { campaignId: 'nothing', rules: rules() }))).code).toBe('errors.notFound');
  });
});

describe('selecting from a larger register', () => {
  it('gives the same answers whichever way the query goes (a few units, a rare group, common groups)', async () => {
    const specs: GiftChildSpec[] = Array.from({ length: 300 }, (_, i) => ({
      birthDate: `${2011 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      unitId: ['w:11311', 'w:11314', 'w:11329'][i % 3],
      groups: i % 50 === 0 ? ['m'] : i % 7 === 0 ? [] : ['a'],
      atRisk: i % 7 === 0 ? ['r1'] : undefined,
      householdStatus: i % 4 === 0 ? 'nearPoor' : 'poor',
    }));
    await seedGiftChildren(t, specs);
    const c = await campaign();
    const count = async (input: Partial<SelectionRules>) => (await selectChildren(t.db, rules(input), c)).children.length;
    const expected = (keep: (spec: GiftChildSpec) => boolean) => specs.filter((s) => (s.birthDate ?? '') > '2011-01-20' && keep(s)).length;
    expect(await count({})).toBe(expected(() => true));
    expect(await count({ groupCodes: ['m'] })).toBe(expected((s) => s.groups?.includes('m') ?? false));
    expect(await count({ includeAtRisk: true })).toBe(expected((s) => s.atRisk !== undefined));
    expect(await count({ unitIds: ['w:11314'] })).toBe(expected((s) => s.unitId === 'w:11314'));
    expect(await count({ unitIds: ['w:11314'], groupCodes: ['a'], householdStatuses: ['poor'] })).toBe(
      expected((s) => s.unitId === 'w:11314' && (s.groups?.includes('a') ?? false) && s.householdStatus === 'poor'),
    );
  });
});

describe('speed', () => {
  it('selects among 20,000 children in well under a second', async () => {
    const groups = ['a', 'd', 'n', 'c'] as const;
    const specs: GiftChildSpec[] = Array.from({ length: 20_000 }, (_, i) => ({
      birthDate: `${2011 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`,
      unitId: ['w:11311', 'w:11314', 'w:11329'][i % 3],
      ...(i % 5 === 0 ? { atRisk: ['r2'] } : { groups: [groups[i % 4] ?? 'a'] }),
    }));
    await seedGiftChildren(t, specs);
    const c = await campaign();
    // The real benchmark (100,000 children, under 200 ms) is `npm run bench`; this only catches a
    // query gone wrong (a row at a time, or a quadratic loop), with room for a busy machine.
    const cases: Partial<SelectionRules>[] = [{}, { groupCodes: ['a', 'd'] }, { includeAtRisk: true, noGiftMonths: 12 }];
    for (const input of cases) {
      const started = performance.now();
      const selection = await selectChildren(t.db, rules(input), c);
      expect(selection.children.length).toBeGreaterThan(3_000);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  }, 60_000);
});
