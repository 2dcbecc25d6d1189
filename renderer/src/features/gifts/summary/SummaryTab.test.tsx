import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignSummary } from '../../../../../shared/gifts';
import { createFakeBackend, sampleOffice } from '../../../test/fakeBackend';
import { renderWithServices, sampleCampaign } from '../delivery/testing';
import { SummaryTab } from './SummaryTab';

const totals = (plannedChildren: number, plannedAmount: number, deliveredChildren: number, deliveredAmount: number) => ({
  plannedChildren,
  plannedAmount,
  deliveredChildren,
  deliveredAmount,
});

const summary: CampaignSummary = {
  byUnit: [
    { key: '11329', label: 'Phường Gia Viên', ...totals(2, 1_000_000, 1, 500_000) },
    { key: '11311', label: 'Phường Ngô Quyền', ...totals(3, 1_500_000, 3, 1_500_000) },
  ],
  byGroup: [
    { key: 'a', label: 'Trẻ em mồ côi cả cha và mẹ', ...totals(1, 500_000, 1, 500_000) },
    { key: 'dd', label: 'Trẻ em nhiễm HIV/AIDS', ...totals(2, 1_000_000, 1, 500_000) },
    { key: 'atRisk', label: 'Trẻ em có nguy cơ', ...totals(2, 1_000_000, 2, 1_000_000) },
  ],
  bySource: [
    { key: 'f-fund', label: 'Quỹ Bảo trợ trẻ em', ...totals(5, 1_500_000, 4, 1_200_000) },
    { key: 'f-sponsor', label: 'Công ty Hoa Sen', ...totals(5, 1_000_000, 4, 800_000) },
  ],
  total: totals(5, 2_500_000, 4, 2_000_000),
};

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00A0/g, ' '));

describe('the summary tab', () => {
  it('shows planned and delivered children and đồng per commune, group and funding source, with totals', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    backend.override('gifts.summary', () => ({ ok: true, data: summary }));
    await renderWithServices(<SummaryTab campaign={sampleCampaign()} />, backend);

    const byUnit = await screen.findByRole('table', { name: 'Theo xã, phường' });
    expect(backend.callsTo('gifts.summary').map((c) => c.input)).toEqual([{ id: 'camp-1' }]);
    for (const header of ['Kế hoạch', 'Đã phát']) expect(within(byUnit).getByRole('columnheader', { name: header })).toBeInTheDocument();
    expect(within(byUnit).getAllByRole('columnheader', { name: 'Số trẻ' })).toHaveLength(2);
    expect(cells(within(byUnit).getByRole('row', { name: /Phường Gia Viên/ }))).toEqual(['2', '1.000.000 ₫', '1', '500.000 ₫']);
    expect(cells(within(byUnit).getByRole('row', { name: /Phường Ngô Quyền/ }))).toEqual(['3', '1.500.000 ₫', '3', '1.500.000 ₫']);
    expect(cells(within(byUnit).getByRole('row', { name: /Tổng cộng/ }))).toEqual(['5', '2.500.000 ₫', '4', '2.000.000 ₫']);

    const byGroup = screen.getByRole('table', { name: 'Theo nhóm đối tượng' });
    expect(cells(within(byGroup).getByRole('row', { name: /^đ\) Trẻ em nhiễm HIV\/AIDS/ }))).toEqual(['2', '1.000.000 ₫', '1', '500.000 ₫']);
    expect(within(byGroup).getByRole('rowheader', { name: 'Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt' })).toBeInTheDocument();
    expect(cells(within(byGroup).getByRole('row', { name: /Tổng cộng/ }))).toEqual(['5', '2.500.000 ₫', '4', '2.000.000 ₫']);

    const bySource = screen.getByRole('table', { name: 'Theo nguồn kinh phí' });
    expect(cells(within(bySource).getByRole('row', { name: /Quỹ Bảo trợ trẻ em/ }))).toEqual(['5', '1.500.000 ₫', '4', '1.200.000 ₫']);
    expect(cells(within(bySource).getByRole('row', { name: /Công ty Hoa Sen/ }))).toEqual(['5', '1.000.000 ₫', '4', '800.000 ₫']);
    expect(within(bySource).getAllByRole('row').map((r) => within(r).queryByRole('rowheader')?.textContent).filter(Boolean)).toHaveLength(3);
    expect(cells(within(bySource).getByRole('row', { name: /Tổng cộng/ }))).toEqual(['5', '2.500.000 ₫', '4', '2.000.000 ₫']);
  });

  it('says so when the list is empty', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    const none = totals(0, 0, 0, 0);
    backend.override('gifts.summary', () => ({ ok: true, data: { byUnit: [], byGroup: [], bySource: [], total: none } }));
    await renderWithServices(<SummaryTab campaign={sampleCampaign({ status: 'draft' })} />, backend);
    expect(await screen.findByText('Danh sách chưa có trẻ nào.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
