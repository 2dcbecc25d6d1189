import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../tests/fixtures/context';
import { legacyOffice } from '../../tests/fixtures/office';
import { insertOfficeSnapshot, provinceContext, provinceRow as r } from '../../tests/fixtures/province-rows';
import { dispatch } from '../handlers';
import { saveOffice } from '../services/office';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const quarter = { from: '2026-10-01', to: '2026-12-31' };

async function province() {
  const t = await provinceContext();
  close = t.close;
  insertOfficeSnapshot(
    t.ctx.sqlite,
    { id: 'office-nq', code: 'HP-NQ', name: 'Phòng Văn hóa – Xã hội Ngô Quyền', units: [{ ref: '11311', name: 'Phường Ngô Quyền' }] },
    {
      child: [r.child('office-nq', 'c1', 'female')],
      membership: [r.membership('office-nq', 'm1', 'c1', 'group', 'd', '2025-01-01')],
    },
  );
  return t;
}

describe('exchange report channels', () => {
  it('answer the province report and its workbook', async () => {
    const t = await province();
    expect(await dispatch(t.ctx, 'exchange.provinceReport', quarter)).toMatchObject({
      ok: true,
      data: {
        from: '2026-10-01',
        to: '2026-12-31',
        offices: [{ office: { code: 'HP-NQ' }, children: { total: 1, female: 1, byGroup: { d: 1 } }, models: { communes: 1 } }],
        total: { children: { total: 1 } },
      },
    });
    const answer = await dispatch(t.ctx, 'exchange.provinceReportExcel', quarter);
    if (!answer.ok) throw new Error(answer.error.code);
    const file = answer.data as { fileName: string; base64: string };
    expect(file.fileName).toBe('Bao-cao-toan-tinh_2026-10-01_2026-12-31.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    expect(workbook.getWorksheet('Trẻ em')?.getCell('B12').value).toBe('HP-NQ');
  });

  it('refuse an office’s installation: the report is the province’s', async () => {
    const t = await createTestContext();
    close = t.close;
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    for (const channel of ['exchange.provinceReport', 'exchange.provinceReportExcel']) {
      expect(await dispatch(t.ctx, channel, quarter)).toEqual({ ok: false, error: { code: 'errors.provinceModeOnly' } });
    }
  });

  it('refuse a period in the wrong order, or not dates, with the form’s message', async () => {
    const t = await province();
    expect(await dispatch(t.ctx, 'exchange.provinceReport', { from: '2026-12-31', to: '2026-10-01' })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'to', message: 'validation.periodOrder' }] },
    });
    expect(await dispatch(t.ctx, 'exchange.provinceReportExcel', { from: '01/10/2026', to: '2026-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'errors.invalidInput', details: expect.arrayContaining([{ path: 'from', message: 'validation.date' }]) },
    });
  });
});
