import type { ChannelName } from '../../../../shared/channels';
import { contract, type Output, type ParsedInput } from '../../../../shared/contract';
import { fail, ok, type ErrorCode, type FieldIssue } from '../../../../shared/errors';
import { compareVietnameseNames, foldVietnamese, moneyInWords } from '../../../../shared/format';
import type { CampaignDetail, RecipientRow, Roster, SelectionPreview } from '../../../../shared/gifts';
import type { RosterQuery } from '../../../../shared/schemas/gifts';
import type { ChildDetail } from '../../../../shared/register';
import { createRegisterBackend, makeChild, officeUnits } from '../../test/registerFixtures';

/** Test data for the gift screens: fictional children, generated names. */

export function makeCampaign(overrides: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    id: 'camp-1',
    name: 'Tặng quà Tết Nguyên đán 2027',
    occasion: 'tet',
    year: 2027,
    startDate: '2027-01-20',
    endDate: '2027-02-05',
    status: 'draft',
    budget: 10_000_000,
    plannedChildren: 0,
    plannedAmount: 0,
    deliveredChildren: 0,
    deliveredAmount: 0,
    cashPerChild: 300_000,
    goodsDescription: 'Bánh kẹo, sữa',
    goodsValuePerChild: 200_000,
    funding: [{ id: 'f-1', kind: 'childFund', sponsorName: null, amount: 10_000_000 }],
    groupRates: [],
    note: null,
    rules: null,
    frozenAt: null,
    remainingBudget: 10_000_000,
    statusCounts: { pending: 0, received: 0, receivedByGuardian: 0, absent: 0, refused: 0 },
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

export const registerChildren: ChildDetail[] = [
  makeChild({ id: 'child-1', fullName: 'Đặng Thị Hoa', unitId: '11311', unitName: 'Phường Ngô Quyền' }),
  makeChild({ id: 'child-2', fullName: 'Lê Văn Bình', sex: 'male', birthDate: '2014-06-02', unitId: '11311', unitName: 'Phường Ngô Quyền' }),
  makeChild({ id: 'child-3', fullName: 'Phạm Minh Khánh', sex: 'male', birthDate: '2016-09-21', unitId: '11329', unitName: 'Phường Gia Viên' }),
];

/** A child of group a on a list, with the campaign's gift, before the visit. */
export const pendingGift = {
  groupCode: 'a',
  atRiskCode: null,
  cash: 300_000,
  goodsValue: 200_000,
  amount: 500_000,
  amountSource: 'campaign',
  origin: 'rule',
  included: true,
  addReason: null,
  removeReason: null,
  status: 'pending',
  deliveredOn: null,
  receivedBy: null,
  deliveryNote: null,
} as const satisfies Partial<RecipientRow>;

export function recipientOf(child: ChildDetail, overrides: Partial<RecipientRow> = {}): RecipientRow {
  return {
    id: `rec-${child.id}`,
    childId: child.id,
    fullName: child.fullName,
    birthDate: child.birthDate,
    sex: child.sex,
    unitId: child.unitId,
    unitName: child.unitName,
    village: child.village,
    addressLine: child.addressLine,
    ...pendingGift,
    proxyName: child.guardians[0]?.fullName ?? null,
    ...overrides,
  };
}

class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: FieldIssue[],
  ) {
    super(code);
  }
}

/**
 * The register's fake backend plus one campaign and its list in memory, behind the gift channels:
 * input parsed by the contract as main does, the totals kept as main keeps them.
 */
/** A small signed roster of the given children, 500.000 đồng each, for the print page. */
export function rosterOf(query: RosterQuery, children: readonly ChildDetail[]): Roster {
  return {
    campaignId: query.campaignId,
    campaignName: 'Tặng quà Tết Nguyên đán 2027',
    occasion: 'tet',
    year: 2027,
    title: 'DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027',
    unitName: query.unitId ? 'Phường Ngô Quyền' : null,
    followUp: query.followUp,
    giftDescription: 'Mỗi suất quà: 300.000 đồng tiền mặt và Bánh kẹo, sữa trị giá 200.000 đồng',
    rows: children.map((child, index) => ({
      number: index + 1,
      recipientId: `rec-${child.id}`,
      fullName: child.fullName,
      birthDate: child.birthDate,
      sex: child.sex,
      unitId: child.unitId,
      unitName: child.unitName,
      address: '',
      circumstance: 'Trẻ em mồ côi cả cha và mẹ',
      proxyName: null,
      amount: 500_000,
    })),
    totalAmount: 500_000 * children.length,
    totalInWords: moneyInWords(500_000 * children.length),
  };
}

export function createGiftBackend(initial: { campaign?: CampaignDetail; recipients?: RecipientRow[]; children?: ChildDetail[] } = {}) {
  const backend = createRegisterBackend({ children: initial.children ?? registerChildren });
  const campaigns = new Map<string, CampaignDetail>();
  if (initial.campaign) campaigns.set(initial.campaign.id, structuredClone(initial.campaign));
  const recipients = new Map<string, RecipientRow & { campaignId: string }>(
    (initial.recipients ?? []).map((row) => [row.id, { ...structuredClone(row), campaignId: initial.campaign?.id ?? 'camp-1' }]),
  );
  let nextId = 1;

  function serve<C extends ChannelName>(channel: C, handler: (input: ParsedInput<C>) => Output<C>) {
    backend.override(channel, (input) => {
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) {
        const details: FieldIssue[] = parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
        }));
        return fail('errors.invalidInput', details);
      }
      try {
        return ok(handler(parsed.data as ParsedInput<C>));
      } catch (error) {
        if (error instanceof Refusal) return fail(error.code, error.details);
        throw error;
      }
    });
  }

  const listOf = (campaignId: string) => [...recipients.values()].filter((row) => row.campaignId === campaignId);

  /** The campaign with its totals worked out from its list. */
  const detail = (id: string): CampaignDetail => {
    const campaign = campaigns.get(id);
    if (!campaign) throw new Refusal('errors.notFound');
    const included = listOf(id).filter((row) => row.included);
    const plannedAmount = included.reduce((sum, row) => sum + row.amount, 0);
    const budget = campaign.funding.reduce((sum, source) => sum + source.amount, 0);
    return structuredClone({
      ...campaign,
      budget,
      plannedChildren: included.length,
      plannedAmount,
      remainingBudget: budget - plannedAmount,
    });
  };
  const recipient = (id: string) => {
    const row = recipients.get(id);
    if (!row) throw new Refusal('errors.notFound');
    return row;
  };
  const answer = (row: RecipientRow & { campaignId: string }): RecipientRow => {
    const { campaignId: _campaignId, ...rest } = row;
    return structuredClone(rest);
  };
  const needsReason = (campaignId: string, reason: string | null) => {
    if (campaigns.get(campaignId)?.status === 'frozen' && (reason ?? '').trim() === '') throw new Refusal('errors.reasonRequired');
  };

  /** Rules → the register's children they match (communes only; enough for the screens). */
  const matching = (campaignId: string, unitIds: readonly string[]) =>
    [...backend.children.values()]
      .filter((child) => child.status !== 'left' && (unitIds.length === 0 || unitIds.includes(child.unitId)))
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName))
      .map((child) => ({ child, onList: listOf(campaignId).find((row) => row.childId === child.id) }));

  serve('gifts.campaigns', () => [...campaigns.keys()].map((id) => detail(id)));
  serve('gifts.campaign', ({ id }) => detail(id));
  serve('gifts.createCampaign', (input) => {
    const id = `camp-new-${nextId++}`;
    campaigns.set(id, {
      ...makeCampaign(),
      ...input,
      id,
      funding: input.funding.map((source, i) => ({ ...source, id: `f-new-${i}` })),
      status: 'draft',
    });
    return detail(id);
  });
  serve('gifts.updateCampaign', ({ id, ...input }) => {
    const campaign = campaigns.get(id);
    if (!campaign) throw new Refusal('errors.notFound');
    campaigns.set(id, { ...campaign, ...input, funding: input.funding.map((source, i) => ({ ...source, id: `f-${id}-${i}` })) });
    return detail(id);
  });
  serve('gifts.deleteCampaign', ({ id }) => {
    campaigns.delete(id);
    return { deleted: true };
  });
  serve('gifts.freeze', ({ id }) => {
    const campaign = campaigns.get(id);
    if (!campaign) throw new Refusal('errors.notFound');
    campaigns.set(id, { ...campaign, status: 'frozen', frozenAt: '2026-11-22T08:00:00.000Z' });
    return detail(id);
  });
  serve('gifts.previewSelection', ({ campaignId, rules }): SelectionPreview => {
    const found = matching(campaignId, rules.unitIds);
    const units = new Map<string, { unitId: string; unitName: string; count: number }>();
    for (const { child } of found) {
      const line = units.get(child.unitId) ?? { unitId: child.unitId, unitName: child.unitName, count: 0 };
      line.count += 1;
      units.set(child.unitId, line);
    }
    return {
      matched: found.length,
      removedByHand: found.filter(({ onList }) => onList?.included === false).length,
      byUnit: [...units.values()],
      toAdd: found.filter(({ onList }) => !onList).length,
      toDrop: 0,
      excludedByRecentGift: 0,
      plannedAmount: found.filter(({ onList }) => onList?.included !== false).length * 500_000,
    };
  });
  serve('gifts.applySelection', ({ campaignId, rules }) => {
    const campaign = campaigns.get(campaignId);
    if (!campaign) throw new Refusal('errors.notFound');
    if (campaign.status === 'frozen') throw new Refusal('errors.campaignFrozen');
    for (const { child, onList } of matching(campaignId, rules.unitIds)) {
      if (!onList) recipients.set(`rec-${child.id}`, { ...recipientOf(child), campaignId });
    }
    campaigns.set(campaignId, { ...campaign, rules });
    return detail(campaignId);
  });
  serve('gifts.recipients', (query) =>
    listOf(query.campaignId)
      .filter((row) => query.includeRemoved || row.included)
      .filter((row) => query.unitId === null || row.unitId === query.unitId)
      .filter((row) => foldVietnamese(row.fullName).includes(foldVietnamese(query.search)))
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName))
      .map(answer),
  );
  serve('gifts.addRecipient', ({ campaignId, childId, reason }) => {
    needsReason(campaignId, reason);
    if (listOf(campaignId).some((row) => row.childId === childId)) throw new Refusal('errors.recipientExists');
    const child = backend.children.get(childId);
    if (!child) throw new Refusal('errors.notFound');
    const row = { ...recipientOf(child, { origin: 'manual', addReason: reason }), campaignId };
    recipients.set(row.id, row);
    return answer(row);
  });
  serve('gifts.removeRecipient', ({ recipientId, reason }) => {
    const row = recipient(recipientId);
    row.included = false;
    row.removeReason = reason;
    return answer(row);
  });
  serve('gifts.restoreRecipient', ({ recipientId }) => {
    const row = recipient(recipientId);
    row.included = true;
    row.removeReason = null;
    return answer(row);
  });
  serve('gifts.setRecipientGift', ({ recipientId, gift, proxyName, reason }) => {
    const row = recipient(recipientId);
    needsReason(row.campaignId, reason);
    const campaign = detail(row.campaignId);
    const cash = gift ? gift.cash : campaign.cashPerChild;
    const goodsValue = gift ? gift.goodsValue : campaign.goodsValuePerChild;
    Object.assign(row, { cash, goodsValue, amount: cash + goodsValue, amountSource: gift ? 'child' : 'campaign', proxyName });
    return answer(row);
  });

  return { ...backend, campaigns, recipients, serve, Refusal };
}

export type GiftBackend = ReturnType<typeof createGiftBackend>;

export { officeUnits };
