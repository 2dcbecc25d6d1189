import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../../tests/fixtures/gifts';
import { floodPointInput, modelsContext, type ModelsContext } from '../../../tests/fixtures/models-assessments';
import { createFloodPoint, deleteFloodPoint, floodCostReport, updateFloodPoint } from './flood';

let t: ModelsContext;
beforeEach(async () => {
  t = await modelsContext();
});
afterEach(() => t.close());

describe('flood-season childcare points', () => {
  it('creates a point with its costs: 25 × 45 × 15.000 + 2 × 45 × 100.000 = 25.875.000 đồng', async () => {
    const point = await createFloodPoint(t.db, t.units, t.clock, floodPointInput());
    expect(point).toMatchObject({
      unitId: 'w:11311',
      unitName: 'Phường Máy Tơ',
      name: 'Điểm giữ trẻ Tổ 5',
      childCost: 16_875_000,
      carerCost: 9_000_000,
      totalCost: 25_875_000,
    });
  });

  it('updates and deletes a point; the report follows', async () => {
    const point = await createFloodPoint(t.db, t.units, t.clock, floodPointInput());
    const updated = await updateFloodPoint(t.db, t.units, t.clock, { ...floodPointInput({ daysOpen: 30 }), id: point.id });
    // 25 × 30 × 15.000 = 11.250.000; 2 × 30 × 100.000 = 6.000.000.
    expect(updated).toMatchObject({ id: point.id, daysOpen: 30, childCost: 11_250_000, carerCost: 6_000_000, totalCost: 17_250_000 });
    expect((await floodCostReport(t.db, t.units, 2026)).total.totalCost).toBe(17_250_000);
    expect(await deleteFloodPoint(t.db, t.clock, point.id)).toEqual({ deleted: true });
    expect((await floodCostReport(t.db, t.units, 2026)).points).toEqual([]);
    expect((await refusal(deleteFloodPoint(t.db, t.clock, point.id))).code).toBe('errors.notFound');
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity', '=', 'flood_point').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('refuses a unit outside the office area', async () => {
    expect(await refusal(createFloodPoint(t.db, t.units, t.clock, floodPointInput({ unitId: '11359' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'unitId', message: 'validation.unitOutsideArea' }],
    });
    const point = await createFloodPoint(t.db, t.units, t.clock, floodPointInput());
    expect(await refusal(updateFloodPoint(t.db, t.units, t.clock, { ...floodPointInput({ unitId: '11359' }), id: point.id }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'unitId', message: 'validation.unitOutsideArea' }],
    });
  });
});

describe('floodCostReport', () => {
  it('totals per commune and overall, with child-days and the total in words', async () => {
    await createFloodPoint(t.db, t.units, t.clock, floodPointInput());
    // 10 × 20 × 20.000 = 4.000.000; 1 × 20 × 150.000 = 3.000.000 → 7.000.000.
    await createFloodPoint(
      t.db,
      t.units,
      t.clock,
      floodPointInput({ name: 'Điểm giữ trẻ Tổ 2', childrenEnrolled: 10, daysOpen: 20, costPerChildDay: 20_000, carers: 1, carerPayPerDay: 150_000 }),
    );
    // 8 × 10 × 10.000 = 800.000; no carers.
    await createFloodPoint(
      t.db,
      t.units,
      t.clock,
      floodPointInput({ unitId: 'w:11329', name: 'Điểm giữ trẻ Tổ 1', childrenEnrolled: 8, daysOpen: 10, costPerChildDay: 10_000, carers: 0, carerPayPerDay: 0 }),
    );
    await createFloodPoint(t.db, t.units, t.clock, floodPointInput({ year: 2025 }));

    const report = await floodCostReport(t.db, t.units, 2026);
    expect(report.points.map((p) => [p.unitName, p.name, p.totalCost])).toEqual([
      ['Phường Cầu Đất', 'Điểm giữ trẻ Tổ 1', 800_000],
      ['Phường Máy Tơ', 'Điểm giữ trẻ Tổ 2', 7_000_000],
      ['Phường Máy Tơ', 'Điểm giữ trẻ Tổ 5', 25_875_000],
    ]);
    expect(report.byUnit).toEqual([
      { unitId: 'w:11329', unitName: 'Phường Cầu Đất', points: 1, children: 8, childDays: 80, totalCost: 800_000 },
      { unitId: 'w:11311', unitName: 'Phường Máy Tơ', points: 2, children: 35, childDays: 25 * 45 + 10 * 20, totalCost: 32_875_000 },
    ]);
    expect(report.total).toEqual({
      points: 3,
      children: 43,
      childDays: 1405,
      childCost: 16_875_000 + 4_000_000 + 800_000,
      carerCost: 12_000_000,
      totalCost: 33_675_000,
    });
    expect(report.totalInWords).toBe('Ba mươi ba triệu sáu trăm bảy mươi lăm nghìn đồng chẵn');
  });

  it('is empty, zero and "Không đồng" for a year without points', async () => {
    const report = await floodCostReport(t.db, t.units, 2026);
    expect(report).toEqual({
      year: 2026,
      points: [],
      byUnit: [],
      total: { points: 0, children: 0, childDays: 0, childCost: 0, carerCost: 0, totalCost: 0 },
      totalInWords: 'Không đồng',
    });
  });
});
