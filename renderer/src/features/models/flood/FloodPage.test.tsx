import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { floodPointCost } from '../../../../../shared/codes/models';
import type { FloodCostReport, FloodPoint } from '../../../../../shared/models';
import { createRegisterBackend } from '../../../test/registerFixtures';
import { cellTexts, fill } from '../../../test/screen';
import { serve } from '../../../test/serve';
import { thisYear } from '../common/year';
import { renderModels } from '../safe-home/testing';

const year = thisYear();

function makePoint(overrides: Partial<FloodPoint> = {}): FloodPoint {
  const base = {
    id: 'point-1',
    unitId: '11311',
    unitName: 'Phường Ngô Quyền',
    year,
    name: 'Điểm giữ trẻ thôn Đông',
    location: 'Nhà văn hóa thôn Đông',
    childrenEnrolled: 20,
    daysOpen: 30,
    costPerChildDay: 15_000,
    carers: 2,
    carerPayPerDay: 100_000,
    note: null,
    ...overrides,
  };
  const cost = floodPointCost(base);
  return { ...base, childCost: cost.childCost, carerCost: cost.carerCost, totalCost: cost.total };
}

function floodBackend(points: FloodPoint[]) {
  const backend = createRegisterBackend();
  serve(backend, 'models.floodCostReport', (query): FloodCostReport => {
    const shown = points.filter((point) => point.year === query.year);
    const totalCost = shown.reduce((sum, point) => sum + point.totalCost, 0);
    return {
      year: query.year,
      points: shown,
      byUnit: shown.map((point) => ({
        unitId: point.unitId,
        unitName: point.unitName,
        points: 1,
        children: point.childrenEnrolled,
        childDays: point.childrenEnrolled * point.daysOpen,
        totalCost: point.totalCost,
      })),
      total: {
        points: shown.length,
        children: shown.reduce((sum, point) => sum + point.childrenEnrolled, 0),
        childDays: shown.reduce((sum, point) => sum + point.childrenEnrolled * point.daysOpen, 0),
        childCost: shown.reduce((sum, point) => sum + point.childCost, 0),
        carerCost: shown.reduce((sum, point) => sum + point.carerCost, 0),
        totalCost,
      },
      totalInWords: 'Mười lăm triệu đồng',
    };
  });
  serve(backend, 'models.createFloodPoint', (input) => {
    const point = makePoint({ ...input, id: `point-${points.length + 1}`, unitName: 'Phường Gia Viên' });
    points.push(point);
    return point;
  });
  return backend;
}

afterEach(() => {
  delete window.baoTro;
});

describe('flood-season childcare points', () => {
  it('lists the points with their costs and the cost report', async () => {
    await renderModels(`/models/flood?year=${year}`, floodBackend([makePoint()]));
    const table = await screen.findByRole('table', { name: `Điểm giữ trẻ mùa lũ năm ${year}` });
    const row = within(table).getByRole('row', { name: /Điểm giữ trẻ thôn Đông/ });
    expect(cellTexts(within(row).getAllByRole('cell')).slice(0, 8)).toEqual([
      'Phường Ngô Quyền',
      '20',
      '30',
      '15.000 ₫',
      '9.000.000 ₫',
      '2',
      '6.000.000 ₫100.000 ₫/người/ngày',
      '15.000.000 ₫',
    ]);
    const report = screen.getByRole('table', { name: `Chi phí điểm giữ trẻ mùa lũ năm ${year}` });
    expect(within(report).getByRole('row', { name: /Cộng/ })).toHaveTextContent('15.000.000');
    expect(screen.getByText('Bằng chữ: Mười lăm triệu đồng.')).toBeInTheDocument();
  });

  it('computes a new point’s cost as it is typed and saves it', async () => {
    const backend = floodBackend([]);
    const { user } = await renderModels('/models/flood', backend);
    expect(await screen.findByText(`Chưa có điểm giữ trẻ nào trong năm ${year}.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm điểm giữ trẻ' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm điểm giữ trẻ mùa lũ' });
    await user.selectOptions(within(dialog).getByLabelText('Xã, phường'), 'Phường Gia Viên');
    await fill(user, within(dialog).getByLabelText('Tên điểm giữ trẻ'), 'Điểm giữ trẻ xóm Bãi');
    await fill(user, within(dialog).getByLabelText('Số trẻ'), '25');
    await fill(user, within(dialog).getByLabelText('Số ngày hoạt động'), '45');
    await fill(user, within(dialog).getByLabelText('Mức chi cho mỗi trẻ mỗi ngày'), '15.000');
    await fill(user, within(dialog).getByLabelText('Số người trông trẻ'), '2');
    await fill(user, within(dialog).getByLabelText('Tiền công mỗi người mỗi ngày'), '100000');
    const cost = within(dialog).getByRole('status', { name: 'Chi phí' });
    expect(cost.textContent?.replace(/\u00A0/g, ' ')).toBe('Tiền chăm sóc trẻ 16.875.000 ₫; tiền công người trông 9.000.000 ₫; tổng 25.875.000 ₫');

    await user.click(within(dialog).getByRole('button', { name: 'Thêm điểm' }));
    expect(await screen.findByText('Đã lưu điểm Điểm giữ trẻ xóm Bãi.')).toBeInTheDocument();
    expect(backend.callsTo('models.createFloodPoint')[0]?.input).toMatchObject({
      unitId: '11329',
      year,
      name: 'Điểm giữ trẻ xóm Bãi',
      childrenEnrolled: 25,
      daysOpen: 45,
      costPerChildDay: 15_000,
      carers: 2,
      carerPayPerDay: 100_000,
    });
    expect(await screen.findByRole('row', { name: /Điểm giữ trẻ xóm Bãi/ })).toHaveTextContent('25.875.000');
  });

  it('exports the year’s report to Excel and prints its print page', async () => {
    const backend = floodBackend([makePoint({ year: 2025 })]);
    const { user } = await renderModels('/models/flood?year=2025', backend);
    await screen.findByRole('table', { name: 'Chi phí điểm giữ trẻ mùa lũ năm 2025' });
    window.baoTro = {} as Bridge;
    const file = { fileName: 'chi-phi.xlsx', mimeType: 'application/x', base64: 'UEs=' };
    backend.override('models.floodCostExcel', () => ({ ok: true, data: file }));
    backend.override('files.save', () => ({ ok: true, data: { saved: true } }));
    backend.override('print.pdf', () => ({ ok: true, data: { saved: true } }));

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu tệp Excel.')).toBeInTheDocument();
    expect(backend.callsTo('models.floodCostExcel').map((c) => c.input)).toEqual([{ year: 2025 }]);
    expect(backend.callsTo('files.save').map((c) => c.input)).toEqual([file]);

    await user.click(screen.getByRole('button', { name: 'In' }));
    await waitFor(() => expect(backend.callsTo('print.pdf')).toHaveLength(1));
    expect(backend.callsTo('print.pdf')[0]?.input).toEqual({
      route: '/print/flood-cost?year=2025',
      fileName: 'chi-phi-diem-giu-tre-mua-lu_2025.pdf',
      landscape: true,
    });
  });
});
