import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { supportQuerySchema } from '../../../shared/schemas/fund';
import { createTestContext } from '../../../tests/fixtures/context';
import { refusal, seedGiftChildren } from '../../../tests/fixtures/gifts';
import { approval, proposal, supportContext, type SupportContext } from '../../../tests/fixtures/fund-support';
import { approveSupport, rejectSupport } from './support-workflow';
import { getSupport, listSupports, proposeSupport, updateProposal } from './supports';

let t: SupportContext;
let mai: string;
let nam: string;
let leftChild: string;

beforeEach(async () => {
  t = await supportContext();
  [mai = '', nam = '', leftChild = ''] = await seedGiftChildren(t, [
    { fullName: 'Lê Thị Mai', unitId: 'w:11311', birthDate: '2016-03-08', sex: 'female' },
    { fullName: 'Đỗ Văn Nam', unitId: 'w:11329' },
    { fullName: 'Bùi Ngọc Hà', left: { on: '2026-09-30' } },
  ]);
});
afterEach(() => t.dispose());

describe('proposing support', () => {
  it('opens a case in the child’s commune, with its history started', async () => {
    const detail = await proposeSupport(t.db, t.units, t.clock, proposal(mai, { note: 'Gia đình hộ nghèo' }));
    expect(detail).toMatchObject({
      childId: mai,
      childName: 'Lê Thị Mai',
      birthDate: '2016-03-08',
      sex: 'female',
      unitId: 'w:11311',
      unitName: 'Phường Máy Tơ',
      type: 'heartSurgery',
      status: 'proposed',
      proposedOn: '2026-10-01',
      proposedBy: 'Trạm Y tế phường Máy Tơ',
      estimatedCost: 80_000_000,
      proposalNote: 'Gia đình hộ nghèo',
      decisionNo: null,
      payment: null,
      attachments: [],
    });
    expect(detail.events).toEqual([expect.objectContaining({ kind: 'proposed', on: '2026-10-01' })]);
    expect(await getSupport(t.db, t.units, detail.id)).toEqual(detail);
  });

  it('is refused for a child who has left the register, an unknown child, or a day after today', async () => {
    expect((await refusal(proposeSupport(t.db, t.units, t.clock, proposal(leftChild)))).code).toBe('errors.childLeft');
    expect((await refusal(proposeSupport(t.db, t.units, t.clock, proposal('no-such-child')))).code).toBe('errors.notFound');
    expect(await refusal(proposeSupport(t.db, t.units, t.clock, proposal(mai, { proposedOn: '2026-11-23' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'proposedOn', message: 'validation.notAfterToday' }],
    });
    expect(await t.db.selectFrom('fund_support').select('id').execute()).toEqual([]);
  });

  it('needs the office set up', async () => {
    const bare = await createTestContext();
    expect((await refusal(proposeSupport(bare.ctx.db, bare.ctx.units, bare.clock, proposal('any')))).code).toBe('errors.officeNotSetUp');
    bare.close();
  });

  it('can be edited until decided on, also for another child', async () => {
    const { id } = await proposeSupport(t.db, t.units, t.clock, proposal(mai));
    const edited = await updateProposal(t.db, t.units, t.clock, { ...proposal(nam, { type: 'cleftSurgery', estimatedCost: 30_000_000 }), id });
    expect(edited).toMatchObject({ childId: nam, childName: 'Đỗ Văn Nam', unitId: 'w:11329', type: 'cleftSurgery', estimatedCost: 30_000_000 });
    expect(edited.events.map((e) => e.kind)).toEqual(['proposed', 'proposalEdited']);
    expect((await refusal(updateProposal(t.db, t.units, t.clock, { ...proposal(leftChild), id }))).code).toBe('errors.childLeft');
  });
});

describe('the list of cases', () => {
  const query = (changes: object = {}) => supportQuerySchema.parse(changes);

  beforeEach(async () => {
    const heart = await proposeSupport(t.db, t.units, t.clock, proposal(mai, { proposedOn: '2026-09-01' }));
    await approveSupport(t.db, t.units, t.clock, approval(heart.id, { decisionNo: '125/QĐ-UBND' }));
    const cleft = await proposeSupport(t.db, t.units, t.clock, proposal(nam, { type: 'cleftSurgery', proposedOn: '2026-10-05', estimatedCost: 25_000_000 }));
    await rejectSupport(t.db, t.units, t.clock, { id: cleft.id, on: '2026-10-10', reason: 'Đã có chương trình khác hỗ trợ' });
    await proposeSupport(t.db, t.units, t.clock, proposal(nam, { type: 'scholarship', diagnosis: null, proposedOn: '2026-11-02', estimatedCost: 5_000_000 }));
  });

  const names = async (changes: object = {}) => (await listSupports(t.db, t.units, query(changes))).map((row) => `${row.childName}/${row.type}`);

  it('shows the newest proposal first, with the child and the decision', async () => {
    const rows = await listSupports(t.db, t.units, query());
    expect(rows.map((row) => [row.childName, row.type, row.status, row.proposedOn])).toEqual([
      ['Đỗ Văn Nam', 'scholarship', 'proposed', '2026-11-02'],
      ['Đỗ Văn Nam', 'cleftSurgery', 'rejected', '2026-10-05'],
      ['Lê Thị Mai', 'heartSurgery', 'approved', '2026-09-01'],
    ]);
    expect(rows[2]).toMatchObject({ unitName: 'Phường Máy Tơ', decisionNo: '125/QĐ-UBND', approvedAmount: 60_000_000, costFund: null, costTotal: null });
  });

  it('filters by status, type and commune', async () => {
    expect(await names({ statuses: ['proposed', 'approved'] })).toEqual(['Đỗ Văn Nam/scholarship', 'Lê Thị Mai/heartSurgery']);
    expect(await names({ types: ['cleftSurgery', 'heartSurgery'] })).toEqual(['Đỗ Văn Nam/cleftSurgery', 'Lê Thị Mai/heartSurgery']);
    expect(await names({ unitId: 'w:11311' })).toEqual(['Lê Thị Mai/heartSurgery']);
    expect(await names({ unitId: 'w:11314' })).toEqual([]);
  });

  it('finds a child by name without accents, and a case by its decision number', async () => {
    expect(await names({ search: 'do van nam' })).toEqual(['Đỗ Văn Nam/scholarship', 'Đỗ Văn Nam/cleftSurgery']);
    expect(await names({ search: 'MAI' })).toEqual(['Lê Thị Mai/heartSurgery']);
    expect(await names({ search: '125/qđ' })).toEqual(['Lê Thị Mai/heartSurgery']);
    expect(await names({ search: 'hoa' })).toEqual([]);
  });
});
