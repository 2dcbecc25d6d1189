import type { ChannelName } from '../../../../../shared/channels';
import { medicalSupportTypes, supportActionsByStatus, type SupportStatus } from '../../../../../shared/codes/fund';
import type { Output, ParsedInput } from '../../../../../shared/contract';
import { foldVietnamese } from '../../../../../shared/format';
import type { ChildFundSupport, SupportDetail, SupportEvent } from '../../../../../shared/fund';
import type { ChildDetail } from '../../../../../shared/register';
import { createRegisterBackend, makeChild } from '../../../test/registerFixtures';
import { Refusal, serve as serveOn } from '../../../test/serve';
import { childPotInfo, generalPot } from '../common/testing';

/** Test data for the support screens: fictional children and hospitals (shared fixtures: ../common/testing). */
export { fill } from '../../../test/screen';
export { generalPot } from '../common/testing';

export const hoa = makeChild({ id: 'child-1', fullName: 'Đặng Thị Hoa', birthDate: '2015-03-14', unitId: '11311', unitName: 'Phường Ngô Quyền' });
export const khanh = makeChild({ id: 'child-3', fullName: 'Phạm Minh Khánh', sex: 'male', birthDate: '2016-09-21', unitId: '11329', unitName: 'Phường Gia Viên' });

const at = '2026-11-20T08:00:00.000Z';

const event = (id: string, kind: SupportEvent['kind'], on: string | null, text: string | null = null, when = at): SupportEvent => ({ id, kind, at: when, on, text });

/** A case with its status's actions; by default Hoa's heart surgery, just proposed. */
export function makeSupport(overrides: Partial<SupportDetail> = {}): SupportDetail {
  const status: SupportStatus = overrides.status ?? 'proposed';
  return {
    id: 'sup-1',
    childId: hoa.id,
    childName: hoa.fullName,
    birthDate: hoa.birthDate,
    sex: hoa.sex,
    unitId: hoa.unitId,
    unitName: hoa.unitName,
    type: 'heartSurgery',
    status,
    proposedOn: '2026-10-01',
    estimatedCost: 80_000_000,
    decisionNo: null,
    approvedAmount: null,
    doneOn: null,
    costFund: null,
    costTotal: null,
    proposedBy: 'Trạm Y tế phường Ngô Quyền',
    diagnosis: 'Thông liên thất, cần phẫu thuật sớm',
    proposalNote: null,
    decisionDate: null,
    hospital: null,
    paidOn: null,
    costInsurance: null,
    costCofunders: null,
    cofunderNames: null,
    costFamily: null,
    doneNote: null,
    closedOn: null,
    closedReason: null,
    payment: null,
    events: [event('ev-1', 'proposed', '2026-10-01')],
    attachments: [],
    actions: [...supportActionsByStatus[status]],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** Approved by decision 125/QĐ-UBND for 50.000.000 đồng. */
export function approvedSupport(overrides: Partial<SupportDetail> = {}): SupportDetail {
  return makeSupport({
    status: 'approved',
    decisionNo: '125/QĐ-UBND',
    decisionDate: '2026-10-10',
    approvedAmount: 50_000_000,
    events: [event('ev-1', 'proposed', '2026-10-01'), event('ev-2', 'approved', '2026-10-10')],
    ...overrides,
  });
}

/** Done at a hospital: 30 million from the fund, 40 from insurance, 20 from a charity programme, 10 from the family. */
export function doneSupport(overrides: Partial<SupportDetail> = {}): SupportDetail {
  return approvedSupport({
    status: 'done',
    actions: [...supportActionsByStatus.done],
    hospital: 'Bệnh viện Nhi Trung ương',
    doneOn: '2026-11-02',
    paidOn: '2026-11-05',
    costFund: 30_000_000,
    costInsurance: 40_000_000,
    costCofunders: 20_000_000,
    cofunderNames: 'Chương trình Trái tim cho em',
    costFamily: 10_000_000,
    costTotal: 100_000_000,
    payment: {
      postingId: 'post-7',
      seq: 7,
      paidOn: '2026-11-05',
      amount: 30_000_000,
      pots: [
        { pot: childPotInfo, amount: 5_000_000 },
        { pot: generalPot(0), amount: 25_000_000 },
      ],
      overrideReason: null,
    },
    events: [
      event('ev-1', 'proposed', '2026-10-01'),
      event('ev-2', 'approved', '2026-10-10'),
      event('ev-3', 'done', '2026-11-02'),
    ],
    ...overrides,
  });
}


interface SupportBackendOptions {
  supports?: SupportDetail[];
  children?: ChildDetail[];
  /** What the general fund holds for any case on any day. */
  available?: number;
  earmarked?: ChildFundSupport['earmarked'];
  /** Electron: main opens attachments itself. */
  opensInMain?: boolean;
}

/**
 * The register's fake backend plus support cases in memory, behind the support channels: input
 * parsed by the contract as main does, transitions and the fund's money refused as main refuses them.
 */
export function createSupportBackend(options: SupportBackendOptions = {}) {
  const backend = createRegisterBackend({ children: options.children ?? [hoa, khanh] });
  const supports = new Map((options.supports ?? []).map((support) => [support.id, structuredClone(support)]));
  const fund = { available: options.available ?? 100_000_000 };
  let nextId = 1;

  const serve = <C extends ChannelName>(channel: C, handler: (input: ParsedInput<C>) => Output<C>) => serveOn(backend, channel, handler);

  const get = (id: string): SupportDetail => {
    const support = supports.get(id);
    if (!support) throw new Refusal('errors.notFound');
    return support;
  };
  const allow = (support: SupportDetail, action: SupportDetail['actions'][number]) => {
    if (!supportActionsByStatus[support.status].includes(action)) throw new Refusal('errors.supportTransition');
  };
  const put = (support: SupportDetail, changes: Partial<SupportDetail>, added?: Omit<SupportEvent, 'id' | 'at'>): SupportDetail => {
    const status = changes.status ?? support.status;
    const events = added ? [...support.events, { ...added, id: `ev-new-${nextId++}`, at }] : support.events;
    const next = { ...support, ...changes, events, actions: [...supportActionsByStatus[status]] };
    supports.set(next.id, next);
    return structuredClone(next);
  };

  serve('fund.supports', (query) =>
    [...supports.values()]
      .filter((s) => query.statuses.length === 0 || query.statuses.includes(s.status))
      .filter((s) => query.types.length === 0 || query.types.includes(s.type))
      .filter((s) => query.unitId === null || s.unitId === query.unitId)
      .filter((s) => foldVietnamese(`${s.childName} ${s.decisionNo ?? ''}`).includes(foldVietnamese(query.search)))
      .map((s) => structuredClone(s)),
  );
  serve('fund.support', ({ id }) => structuredClone(get(id)));
  serve('fund.proposeSupport', (input) => {
    const child = backend.children.get(input.childId);
    if (!child) throw new Refusal('errors.notFound');
    const id = `sup-new-${nextId++}`;
    const support = makeSupport({
      id,
      childId: child.id,
      childName: child.fullName,
      birthDate: child.birthDate,
      sex: child.sex,
      unitId: child.unitId,
      unitName: child.unitName,
      type: input.type,
      proposedOn: input.proposedOn,
      proposedBy: input.proposedBy,
      diagnosis: input.diagnosis,
      estimatedCost: input.estimatedCost,
      proposalNote: input.note,
      events: [],
    });
    return put(support, {}, { kind: 'proposed', on: input.proposedOn, text: null });
  });
  serve('fund.updateProposal', ({ id, note, ...input }) => {
    const support = get(id);
    allow(support, 'editProposal');
    return put(support, { ...input, proposalNote: note }, { kind: 'proposalEdited', on: null, text: null });
  });
  serve('fund.approveSupport', ({ id, mode, reason, ...decision }) => {
    const support = get(id);
    // The step the screen took: an approval of a case approved meanwhile is refused, not taken as an amendment.
    const amend = mode === 'amend';
    allow(support, amend ? 'amendApproval' : 'approve');
    if (amend && !reason) throw new Refusal('errors.invalidInput', [{ path: 'reason', message: 'validation.required' }]);
    return put(support, { ...decision, status: 'approved' }, { kind: amend ? 'approvalAmended' : 'approved', on: decision.decisionDate, text: reason });
  });
  serve('fund.completeSupport', (input) => {
    const support = get(input.id);
    allow(support, 'complete');
    if (medicalSupportTypes.includes(support.type) && !input.hospital) {
      throw new Refusal('errors.invalidInput', [{ path: 'hospital', message: 'validation.hospitalRequired' }]);
    }
    if (input.costFund > (support.approvedAmount ?? 0)) throw new Refusal('errors.exceedsApproved');
    if (input.costFund > fund.available && !input.overrideReason) throw new Refusal('errors.fundOverdraft');
    const costTotal = input.costFund + input.costInsurance + input.costCofunders + input.costFamily;
    return put(
      support,
      {
        status: 'done',
        hospital: input.hospital,
        doneOn: input.doneOn,
        paidOn: input.paidOn,
        costFund: input.costFund,
        costInsurance: input.costInsurance,
        costCofunders: input.costCofunders,
        cofunderNames: input.cofunderNames,
        costFamily: input.costFamily,
        costTotal,
        doneNote: input.note,
        payment: {
          postingId: `post-${nextId}`,
          seq: nextId,
          paidOn: input.paidOn,
          amount: input.costFund,
          pots: [{ pot: generalPot(0), amount: input.costFund }],
          overrideReason: input.overrideReason,
        },
      },
      { kind: 'done', on: input.doneOn, text: null },
    );
  });
  serve('fund.reopenSupport', ({ id, date, reason }) => {
    const support = get(id);
    allow(support, 'reopen');
    return put(support, { status: 'approved', payment: null }, { kind: 'reopened', on: date, text: reason });
  });
  serve('fund.rejectSupport', ({ id, on, reason }) => {
    const support = get(id);
    allow(support, 'reject');
    return put(support, { status: 'rejected', closedOn: on, closedReason: reason }, { kind: 'rejected', on, text: reason });
  });
  serve('fund.cancelSupport', ({ id, on, reason }) => {
    const support = get(id);
    allow(support, 'cancel');
    return put(support, { status: 'cancelled', closedOn: on, closedReason: reason }, { kind: 'cancelled', on, text: reason });
  });
  serve('fund.addFollowUp', ({ supportId, notedOn, text }) => {
    const support = get(supportId);
    allow(support, 'followUp');
    return put(support, {}, { kind: 'followUp', on: notedOn, text });
  });
  serve('fund.addAttachment', ({ supportId, kind, fileName, base64 }) => {
    const support = get(supportId);
    allow(support, 'attach');
    const attachment = {
      id: `att-new-${nextId++}`,
      kind,
      fileName,
      mimeType: 'application/pdf',
      size: atob(base64).length,
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      addedAt: at,
    };
    return put(support, { attachments: [...support.attachments, attachment] });
  });
  serve('fund.removeAttachment', ({ id }) => {
    const support = [...supports.values()].find((s) => s.attachments.some((a) => a.id === id));
    if (!support) throw new Refusal('errors.notFound');
    return put(support, { attachments: support.attachments.filter((a) => a.id !== id) });
  });
  serve('fund.openAttachment', ({ id }) => {
    const attachment = [...supports.values()].flatMap((s) => s.attachments).find((a) => a.id === id);
    if (!attachment) throw new Refusal('errors.attachmentMissing');
    if (options.opensInMain) return { opened: true, file: null };
    return { opened: false, file: { fileName: attachment.fileName, mimeType: attachment.mimeType, base64: btoa('%PDF-1.4 quyet dinh') } };
  });
  serve('fund.available', ({ target, on }) => ({
    on,
    pots: fund.available > 0 ? [generalPot(fund.available)] : [],
    total: fund.available,
    approvedAmount: target.kind === 'support' ? (supports.get(target.id)?.approvedAmount ?? null) : null,
  }));
  serve('children.fundSupport', ({ id }) => ({
    supports: [...supports.values()].filter((s) => s.childId === id).map((s) => structuredClone(s)),
    earmarked: options.earmarked ?? [],
  }));

  return { ...backend, supports, fund };
}

export type SupportBackend = ReturnType<typeof createSupportBackend>;
