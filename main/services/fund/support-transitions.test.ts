import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportActionsByStatus, supportAllows, supportStatuses, type SupportAction, type SupportStatus } from '../../../shared/codes/fund';
import { refusal, seedGiftChildren } from '../../../tests/fixtures/gifts';
import { approval, completion, pdfBytes, proposal, receiveCash, supportContext, upload, type SupportContext } from '../../../tests/fixtures/fund-support';
import { addAttachment, removeAttachment } from './attachments';
import { getSupport } from './support-read';
import { addFollowUp, approveSupport, cancelSupport, completeSupport, rejectSupport, reopenSupport } from './support-workflow';
import { proposeSupport, updateProposal } from './supports';

// Refused steps change nothing, so one set of cases (one in each status) serves every test.
let t: SupportContext;
let childId: string;
const cases = {} as Record<SupportStatus, { id: string; attachmentId: string }>;

beforeAll(async () => {
  t = await supportContext();
  [childId = ''] = await seedGiftChildren(t, [{}]);
  await receiveCash(t, 100_000_000);
  for (const status of supportStatuses) {
    const { id } = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    const attached = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(id, pdfBytes(status)));
    cases[status] = { id, attachmentId: attached.attachments[0]?.id ?? '' };
    if (status === 'rejected') await rejectSupport(t.db, t.units, t.clock, { id, on: '2026-10-05', reason: 'Không đủ điều kiện' });
    if (status === 'approved' || status === 'done' || status === 'cancelled') await approveSupport(t.db, t.units, t.clock, approval(id));
    if (status === 'done') await completeSupport(t.db, t.units, t.clock, completion(id));
    if (status === 'cancelled') await cancelSupport(t.db, t.units, t.clock, { id, on: '2026-10-20', reason: 'Gia đình không đồng ý phẫu thuật' });
  }
});
afterAll(() => t.dispose());

/** Every step the services offer, as a user would try it on a case. */
const steps: Record<SupportAction, (id: string) => Promise<unknown>> = {
  editProposal: (id) => updateProposal(t.db, t.units, t.clock, { ...proposal(childId, { estimatedCost: 90_000_000 }), id }),
  // With a reason, so that only the status can refuse it.
  approve: (id) => approveSupport(t.db, t.units, t.clock, approval(id, { mode: 'approve', reason: 'Điều chỉnh' })),
  amendApproval: (id) => approveSupport(t.db, t.units, t.clock, approval(id, { mode: 'amend', reason: 'Điều chỉnh' })),
  complete: (id) => completeSupport(t.db, t.units, t.clock, completion(id)),
  reopen: (id) => reopenSupport(t.db, t.units, t.clock, { id, date: '2026-11-20', reason: 'Nhập sai' }),
  reject: (id) => rejectSupport(t.db, t.units, t.clock, { id, on: '2026-11-20', reason: 'Không đủ điều kiện' }),
  cancel: (id) => cancelSupport(t.db, t.units, t.clock, { id, on: '2026-11-20', reason: 'Không thực hiện' }),
  followUp: (id) => addFollowUp(t.db, t.units, t.clock, { supportId: id, notedOn: '2026-11-20', text: 'Tái khám' }),
  attach: (id) => addAttachment(t.db, t.units, t.clock, t.attachments, upload(id, pdfBytes('late'))),
};

const illegal = supportStatuses.flatMap((status) =>
  (Object.keys(steps) as SupportAction[]).filter((step) => !supportAllows(status, step)).map((step) => ({ status, step })),
);

async function snapshot() {
  const tables = ['fund_support', 'fund_support_event', 'fund_posting', 'fund_entry', 'fund_attachment', 'audit_log'] as const;
  return Promise.all(tables.map((table) => t.db.selectFrom(table).selectAll().execute()));
}

describe('steps a case’s status does not allow', () => {
  it('include the ones the workflow names', () => {
    const named = illegal.map(({ status, step }) => `${status}:${step}`);
    for (const expected of ['done:approve', 'approved:approve', 'proposed:amendApproval', 'proposed:complete', 'approved:reject', 'done:cancel', 'proposed:followUp', 'proposed:reopen', 'approved:editProposal']) {
      expect(named).toContain(expected);
    }
    expect(illegal.filter(({ status }) => status === 'rejected' || status === 'cancelled')).toHaveLength(18);
  });

  it.each(illegal)('$step on a $status case is refused and changes nothing', async ({ status, step }) => {
    const before = await snapshot();
    expect((await refusal(steps[step](cases[status].id))).code).toBe('errors.supportTransition');
    expect(await snapshot()).toEqual(before);
  });

  it.each(supportStatuses.filter((status) => status !== 'proposed' && status !== 'approved'))(
    'removing an attachment of a %s case is refused and the document stays',
    async (status) => {
      const before = await snapshot();
      expect((await refusal(removeAttachment(t.db, t.units, t.clock, t.attachments, cases[status].attachmentId))).code).toBe('errors.supportTransition');
      expect(await snapshot()).toEqual(before);
    },
  );

  it('are not offered as actions', async () => {
    for (const status of supportStatuses) {
      expect((await getSupport(t.db, t.units, cases[status].id)).actions).toEqual(supportActionsByStatus[status]);
    }
  });
});
