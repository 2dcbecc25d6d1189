import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type fixedClock } from '../../../tests/fixtures/context';
import { childRow, csvBytes, officeHeaders, officeList, toBase64, xlsxBase64, zipBytes } from '../../../tests/fixtures/import/builders';
import { legacyOffice } from '../../../tests/fixtures/office';
import { dispatch } from '../../handlers';
import type { HandlerContext } from '../../handler-types';
import { createChild } from '../children';
import { childInput } from '../children/test-support';
import { saveOffice } from '../office';
import { commitImport, previewImport } from './import';

let ctx: HandlerContext;
let clock: ReturnType<typeof fixedClock>;
let close: () => Promise<void>;

beforeEach(async () => {
  const test = await createTestContext();
  ctx = test.ctx;
  clock = test.clock;
  close = test.close;
  await saveOffice(ctx.db, ctx.units, ctx.clock, legacyOffice);
});
afterEach(() => close());

const preview = (base64: string, mapping = null, fileName = 'danh-sach.xlsx') =>
  previewImport(ctx.db, ctx.units, ctx.clock, { fileName, base64, mapping });

async function commit(base64: string, acceptedDuplicateRows: number[] = [], fileName = 'danh-sach.xlsx') {
  const { mapping } = await preview(base64, null, fileName);
  return commitImport(ctx.db, ctx.units, ctx.clock, { fileName, base64, mapping, acceptedDuplicateRows });
}

const count = async (table: 'child' | 'guardian' | 'membership' | 'duplicate_decision') =>
  Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('import of an office list', () => {
  it('shows exactly the two bad rows, imports nothing, then imports the fixed file', async () => {
    const rows = officeList(10);
    // Sheet rows 5 and 9: a day that does not exist, and a ward outside the office's area.
    rows[4] = childRow(3, { 'Ngày, tháng, năm sinh': '31/02/2015' });
    rows[8] = childRow(7, { 'Xã/phường': 'Phường Lạc Viên', 'Giới tính': 'trai/gái?' });
    const bad = await xlsxBase64(rows);

    const shown = await preview(bad);
    expect(shown).toMatchObject({ validCount: 8, errorCount: 2, duplicateCount: 0 });
    expect(shown.headers).toEqual(officeHeaders);
    expect(shown.rows.filter((row) => row.issues.length > 0)).toEqual([
      expect.objectContaining({ rowNumber: 5, issues: [{ field: 'birthDate', message: 'import.badDate' }] }),
      expect.objectContaining({
        rowNumber: 9,
        issues: [
          { field: 'sex', message: 'import.unknownSex' },
          { field: 'unit', message: 'import.unknownUnit' },
        ],
      }),
    ]);
    expect(shown.rows[0]).toMatchObject({ rowNumber: 2, fullName: 'Nguyễn Văn An', birthDate: '2012-01-01' });

    await expect(commit(bad)).rejects.toMatchObject({ code: 'errors.importInvalid' });
    expect(await count('child')).toBe(0);

    rows[4] = childRow(3);
    rows[8] = childRow(7);
    await expect(commit(await xlsxBase64(rows))).resolves.toEqual({ imported: 10 });
    expect(await count('child')).toBe(10);
    expect(await count('membership')).toBe(12); // children 2 and 8 are in groups a and đ
    expect(await count('guardian')).toBe(10);

    // The row that was fixed: "phuong may to", "Hộ nghèo", "Trẻ em khuyết tật".
    const child = await ctx.db.selectFrom('child').selectAll().where('personal_id', '=', '031150000003').executeTakeFirstOrThrow();
    expect(child).toMatchObject({
      full_name: 'Phạm Văn An',
      sex: 'female',
      birth_date: '2015-04-04',
      ethnicity_code: '01',
      unit_id: 'w:11311',
      village: 'Tổ 4',
      household_status: 'poor',
      status: 'active',
    });
    const memberships = await ctx.db.selectFrom('membership').select(['code', 'start_date']).where('child_id', '=', child.id).execute();
    expect(memberships).toEqual([{ code: 'd', start_date: '2024-06-01' }]);
  });

  it('refuses a commit whose rows went bad since the preview: the server checks again', async () => {
    const good = await xlsxBase64(officeList(3));
    const { mapping } = await preview(good);
    const rows = officeList(3);
    rows[2] = childRow(1, { 'Họ và tên': '' });
    await expect(
      commitImport(ctx.db, ctx.units, ctx.clock, { fileName: 'ds.xlsx', base64: await xlsxBase64(rows), mapping, acceptedDuplicateRows: [] }),
    ).rejects.toMatchObject({ code: 'errors.importInvalid' });
    expect(await count('child')).toBe(0);
  });

  it('uses the mapping the user chose instead of the suggestion', async () => {
    const base64 = await xlsxBase64(officeList(2));
    const suggested = (await preview(base64)).mapping;
    const withoutName = await previewImport(ctx.db, ctx.units, ctx.clock, {
      fileName: 'ds.xlsx',
      base64,
      mapping: { ...suggested, fullName: null },
    });
    expect(withoutName.errorCount).toBe(2);
    expect(withoutName.rows[0]?.issues).toEqual([{ field: 'fullName', message: 'validation.required' }]);
    expect(withoutName.mapping.fullName).toBeNull();
  });

  it('reads a CSV with a BOM and semicolons as Excel saves it', async () => {
    const base64 = toBase64(csvBytes(officeList(4), { delimiter: ';' }));
    await expect(commit(base64, [], 'danh-sach.csv')).resolves.toEqual({ imported: 4 });
    const names = await ctx.db.selectFrom('child').select('full_name').orderBy('full_name').execute();
    expect(names.map((n) => n.full_name)).toEqual(['Lê Văn An', 'Nguyễn Văn An', 'Phạm Văn An', 'Trần Văn An']);
  });
});

describe('duplicates', () => {
  it('blocks a row that may be a child already in the register until the user overrules it', async () => {
    await commit(await xlsxBase64(officeList(1)));
    // The same name and birth date, another personal ID, a middle name left out.
    const again = await xlsxBase64([
      [...officeHeaders],
      childRow(0, { 'Họ và tên': 'Nguyễn An', 'Số định danh cá nhân': '' }),
      childRow(1),
    ]);
    const shown = await preview(again);
    expect(shown).toMatchObject({ validCount: 2, errorCount: 0, duplicateCount: 1 });
    expect(shown.rows[0]?.duplicates).toEqual([
      expect.objectContaining({ fullName: 'Nguyễn Văn An', birthDate: '2012-01-01', unitName: 'Phường Máy Tơ', reason: 'similarName' }),
    ]);

    await expect(commit(again)).rejects.toMatchObject({ code: 'errors.importInvalid' });
    expect(await count('child')).toBe(1);

    await expect(commit(again, [2])).resolves.toEqual({ imported: 2 });
    expect(await count('child')).toBe(3);
    expect(await count('duplicate_decision')).toBe(1);
  });

  it('finds a child by a guardian of the same name and phone', async () => {
    await commit(await xlsxBase64(officeList(1)));
    const again = await xlsxBase64([[...officeHeaders], childRow(0, { 'Ngày, tháng, năm sinh': '02/01/2012', 'Số định danh cá nhân': '' })]);
    expect((await preview(again)).rows[0]?.duplicates.map((d) => d.reason)).toEqual(['sameGuardian']);
  });

  it('refuses a personal ID the register already holds, even when overruled', async () => {
    await commit(await xlsxBase64(officeList(1)));
    const again = await xlsxBase64([[...officeHeaders], childRow(0, { 'Họ và tên': 'Vũ Thu Hà' })]);
    const shown = await preview(again);
    expect(shown.rows[0]?.issues).toEqual([{ field: 'personalId', message: 'import.personalIdTaken' }]);
    expect(shown.rows[0]?.duplicates.map((d) => d.reason)).toEqual(['samePersonalId']);
    await expect(commit(again, [2])).rejects.toMatchObject({ code: 'errors.importInvalid' });
    expect(await count('child')).toBe(1);
  });

  it('marks the same child twice in one file', async () => {
    const rows = officeList(4);
    rows[4] = childRow(3, { 'Số định danh cá nhân': '031120000000' }); // child 0's ID
    rows[3] = childRow(1, { 'Số định danh cá nhân': '' }); // child 1 again, without the ID
    const shown = await preview(await xlsxBase64(rows));
    expect(shown.rows.map((row) => [row.rowNumber, row.issues])).toEqual([
      [2, [{ field: 'personalId', message: 'import.duplicateInFile' }]],
      [3, [{ field: 'fullName', message: 'import.duplicateInFile' }]],
      [4, [{ field: 'fullName', message: 'import.duplicateInFile' }]],
      [5, [{ field: 'personalId', message: 'import.duplicateInFile' }]],
    ]);
    expect(shown).toMatchObject({ validCount: 0, errorCount: 4 });
  });
});

describe('a commit after the preview of the same file', () => {
  // Row 3 of officeList(2): Trần Văn An, born 02/02/2013 in Phường Máy Chai, ID 031130000001.
  const sibling = { fullName: 'Trần Văn An', birthDate: '2013-02-02', unitId: 'w:11314' };

  it('refuses a row that became a possible duplicate after the preview, until the user overrules it', async () => {
    const base64 = await xlsxBase64(officeList(2));
    const shown = await preview(base64);
    expect(shown).toMatchObject({ validCount: 2, duplicateCount: 0 });

    const entered = await createChild(ctx.db, ctx.units, ctx.clock, childInput({ ...sibling, personalId: null }));
    const request = { fileName: 'danh-sach.xlsx', base64, mapping: shown.mapping };
    await expect(commitImport(ctx.db, ctx.units, ctx.clock, { ...request, acceptedDuplicateRows: [] })).rejects.toMatchObject({
      code: 'errors.importInvalid',
    });
    expect(await count('child')).toBe(1);

    await expect(commitImport(ctx.db, ctx.units, ctx.clock, { ...request, acceptedDuplicateRows: [3] })).resolves.toEqual({ imported: 2 });
    const decision = await ctx.db.selectFrom('duplicate_decision').selectAll().executeTakeFirstOrThrow();
    expect([decision.child_a, decision.child_b]).toContain(entered.id);
  });

  it('refuses a personal ID entered in the register after the preview, even when overruled', async () => {
    const base64 = await xlsxBase64(officeList(2));
    const shown = await preview(base64);
    await createChild(ctx.db, ctx.units, ctx.clock, childInput({ ...sibling, fullName: 'Vũ Thu Hà', personalId: '031130000001' }));
    await expect(
      commitImport(ctx.db, ctx.units, ctx.clock, { fileName: 'danh-sach.xlsx', base64, mapping: shown.mapping, acceptedDuplicateRows: [2, 3] }),
    ).rejects.toMatchObject({ code: 'errors.importInvalid' });
    expect(await count('child')).toBe(1);
  });

  it('reads the file again for another mapping or another day', async () => {
    const base64 = await xlsxBase64(officeList(2));
    const commit = (mapping: object) =>
      commitImport(ctx.db, ctx.units, ctx.clock, { fileName: 'danh-sach.xlsx', base64, mapping, acceptedDuplicateRows: [] });

    const { mapping } = await preview(base64);
    await expect(commit({ ...mapping, fullName: null })).rejects.toMatchObject({ code: 'errors.importInvalid' });

    await preview(base64);
    // Row 2's child, born 01/01/2012, is 16 on 01/01/2028: no longer a child to register.
    clock.set('2028-01-02T08:00:00.000Z');
    await expect(commit(mapping)).rejects.toMatchObject({ code: 'errors.importInvalid' });
    expect(await count('child')).toBe(0);
  });
});

describe('files that are not a register', () => {
  it.each([
    ['random bytes', 'ds.xlsx', new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256)],
    ['a Word file renamed .xlsx', 'ds.xlsx', zipBytes({ 'word/document.xml': '<w:document/>' })],
    ['a header without rows', 'ds.csv', csvBytes([[...officeHeaders]])],
  ])('answers errors.importUnreadable for %s', async (_, fileName, bytes) => {
    const answer = await dispatch(ctx, 'import.preview', { fileName, base64: toBase64(bytes), mapping: null });
    expect(answer).toEqual({ ok: false, error: { code: 'errors.importUnreadable' } });
  });

  it('answers through the channels: preview then commit', async () => {
    const base64 = await xlsxBase64(officeList(2));
    const shown = await dispatch(ctx, 'import.preview', { fileName: 'ds.xlsx', base64 });
    expect(shown).toMatchObject({ ok: true, data: { validCount: 2 } });
    if (!shown.ok) return;
    const mapping = (shown.data as { mapping: object }).mapping;
    expect(await dispatch(ctx, 'import.commit', { fileName: 'ds.xlsx', base64, mapping })).toEqual({ ok: true, data: { imported: 2 } });
  });
});

describe('a list of 5,000 children', () => {
  it('is previewed and imported in well under 5 seconds each', { timeout: 60_000 }, async () => {
    const base64 = await xlsxBase64(officeList(5000));
    const t0 = performance.now();
    const shown = await preview(base64);
    const t1 = performance.now();
    expect(shown).toMatchObject({ validCount: 5000, errorCount: 0 });
    await commitImport(ctx.db, ctx.units, ctx.clock, { fileName: 'ds.xlsx', base64, mapping: shown.mapping, acceptedDuplicateRows: [] });
    const t2 = performance.now();
    expect(await count('child')).toBe(5000);

    // Against a register that now holds them all: every row finds itself.
    const again = await preview(base64);
    const t3 = performance.now();
    expect(again.errorCount).toBe(5000);

    console.info(`import of 5,000 rows: preview ${Math.round(t1 - t0)} ms, commit ${Math.round(t2 - t1)} ms, preview against a full register ${Math.round(t3 - t2)} ms`);
    expect(t1 - t0).toBeLessThan(5000);
    expect(t2 - t1).toBeLessThan(5000);
    expect(t3 - t2).toBeLessThan(5000);
  });
});
