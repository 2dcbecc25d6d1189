import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cashReceipt, donor, fundContext, goodsReceipt, refusal, type FundContext } from '../../../tests/fixtures/fund';
import { donorInputSchema, donorQuerySchema } from '../../../shared/schemas/fund';
import { createTestContext } from '../../../tests/fixtures/context';
import { cancelReceipt } from './receipts';
import { createDonor, listDonors, updateDonor } from './donors';

let t: FundContext;
beforeEach(async () => (t = await fundContext()));
afterEach(() => t.close());

const list = (search = '') => listDonors(t.db, donorQuerySchema.parse({ search }));
const input = (fields: Record<string, unknown>) =>
  donorInputSchema.parse({ kind: 'individual', origin: 'domestic', contactPerson: null, phone: null, email: '', address: null, note: null, ...fields });

describe('donors', () => {
  it('are listed in Vietnamese order and found by their name without accents or case', async () => {
    for (const name of ['Đỗ Văn Bình', 'Công ty Cổ phần Ánh Dương', 'Dương Thị Lan', 'Ông Ẩn Danh']) await donor(t, { name });
    expect((await list()).map((d) => d.name)).toEqual(['Công ty Cổ phần Ánh Dương', 'Dương Thị Lan', 'Đỗ Văn Bình', 'Ông Ẩn Danh']);
    expect((await list('DUONG')).map((d) => d.name)).toEqual(['Công ty Cổ phần Ánh Dương', 'Dương Thị Lan']);
    expect((await list('do van')).map((d) => d.name)).toEqual(['Đỗ Văn Bình']);
  });

  it('show how many receipts they gave and their total (cash and goods), cancelled receipts left out', async () => {
    const giver = await donor(t);
    await cashReceipt(t, 2_000_000, { donorId: giver.id });
    await goodsReceipt(t, 5, 750_000, { donorId: giver.id });
    const mistaken = await cashReceipt(t, 9_000_000, { donorId: giver.id });
    await cancelReceipt(t.db, t.units, t.clock, { id: mistaken.id, date: '2026-11-02', reason: 'Ghi trùng', overrideReason: null });
    expect((await list()).find((d) => d.id === giver.id)).toMatchObject({ receiptCount: 2, receivedTotal: 2_750_000 });
  });

  it('are created with their details and changed later; the folded name follows the name', async () => {
    const created = await createDonor(t.db, t.clock, input({ name: 'Hội Chữ thập đỏ', kind: 'organisation', anonymous: true, email: 'hoi@example.vn' }));
    expect(created).toMatchObject({ kind: 'organisation', anonymous: true, email: 'hoi@example.vn', phone: null, receiptCount: 0, receivedTotal: 0 });
    t.clock.set('2026-11-22T09:00:00.000Z');
    const updated = await updateDonor(t.db, t.clock, { ...input({ name: 'Quỹ Vì người nghèo', origin: 'international' }), id: created.id });
    expect(updated).toMatchObject({ id: created.id, name: 'Quỹ Vì người nghèo', origin: 'international', anonymous: false, createdAt: created.createdAt });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect((await list('vi nguoi ngheo')).map((d) => d.id)).toEqual([created.id]);
    expect(await refusal(updateDonor(t.db, t.clock, { ...input({ name: 'X' }), id: 'nope' }))).toMatchObject({ code: 'errors.notFound' });
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity', '=', 'fund_donor').where('entity_id', '=', created.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('cannot be created before the office is set up', async () => {
    const bare = await createTestContext();
    expect(await refusal(createDonor(bare.ctx.db, bare.clock, input({ name: 'Lê Văn Tâm' })))).toMatchObject({ code: 'errors.officeNotSetUp' });
    bare.close();
  });
});
