import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GiftChange } from '../../../../../shared/gifts';
import { formatDateTime } from '../../../../../shared/format';
import { createFakeBackend, sampleOffice } from '../../../test/fakeBackend';
import { renderWithServices, sampleCampaign } from '../delivery/testing';
import { ChangesTab } from './ChangesTab';

const changes: GiftChange[] = [
  {
    id: 'ch-2',
    at: '2027-01-12T03:15:00.000Z',
    kind: 'amountChanged',
    recipientId: 'r-2',
    childName: 'Lê Văn Bình',
    unitName: 'Phường Ngô Quyền',
    reason: 'Trẻ khuyết tật nặng, tăng mức quà',
    oldAmount: 500_000,
    newAmount: 800_000,
  },
  {
    id: 'ch-1',
    at: '2027-01-11T02:00:00.000Z',
    kind: 'added',
    recipientId: 'r-9',
    childName: 'Đỗ Thị Yến',
    unitName: 'Phường Gia Viên',
    reason: 'Mới chuyển đến',
    oldAmount: null,
    newAmount: 500_000,
  },
];

describe('the changes tab', () => {
  it('lists the changes after freezing: when, what, child, commune, reason, old → new amount', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    backend.override('gifts.changes', () => ({ ok: true, data: changes }));
    await renderWithServices(<ChangesTab campaign={sampleCampaign()} />, backend);

    const table = await screen.findByRole('table', { name: 'Thay đổi sau khi chốt' });
    expect(backend.callsTo('gifts.changes').map((c) => c.input)).toEqual([{ id: 'camp-1' }]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Lê Văn Bình', 'Đỗ Thị Yến']);
    const cells = (row: HTMLElement | undefined) =>
      row ? within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00A0/g, ' ')) : [];
    expect(cells(rows[0])).toEqual([
      formatDateTime('2027-01-12T03:15:00.000Z'),
      'Đổi số tiền',
      'Phường Ngô Quyền',
      'Trẻ khuyết tật nặng, tăng mức quà',
      '500.000 ₫ → 800.000 ₫',
    ]);
    expect(cells(rows[1])).toEqual([formatDateTime('2027-01-11T02:00:00.000Z'), 'Thêm vào danh sách', 'Phường Gia Viên', 'Mới chuyển đến', '— → 500.000 ₫']);
  });

  it('shows a change of the person receiving for the child, with its reason and no amounts', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    const proxyChange: GiftChange = {
      id: 'ch-3',
      at: '2027-01-13T01:30:00.000Z',
      kind: 'proxyChanged',
      recipientId: 'r-3',
      childName: 'Trần Thị Chi',
      unitName: 'Phường Ngô Quyền',
      reason: 'Bà ngoại nhận thay vì mẹ đi làm xa',
      oldAmount: null,
      newAmount: null,
    };
    backend.override('gifts.changes', () => ({ ok: true, data: [proxyChange] }));
    await renderWithServices(<ChangesTab campaign={sampleCampaign()} />, backend);

    const table = await screen.findByRole('table', { name: 'Thay đổi sau khi chốt' });
    const row = within(table).getByRole('row', { name: /Trần Thị Chi/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      formatDateTime('2027-01-13T01:30:00.000Z'),
      'Đổi người nhận thay',
      'Phường Ngô Quyền',
      'Bà ngoại nhận thay vì mẹ đi làm xa',
      '',
    ]);
  });

  it('names the change kinds in English too', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    backend.override('gifts.changes', () => ({
      ok: true,
      data: [{ ...(changes[1] as GiftChange), id: 'ch-4', kind: 'proxyChanged', oldAmount: null, newAmount: null }, changes[0] as GiftChange],
    }));
    await renderWithServices(<ChangesTab campaign={sampleCampaign()} />, backend, 'en');
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: 'Proxy changed' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Amount changed' })).toBeInTheDocument();
  });

  it('says when there are none, and that a draft list has no changes to track yet', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    backend.override('gifts.changes', () => ({ ok: true, data: [] }));
    const { unmount } = await renderWithServices(<ChangesTab campaign={sampleCampaign()} />, backend);
    expect(await screen.findByText('Chưa có thay đổi nào sau khi chốt danh sách.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    unmount();

    await renderWithServices(<ChangesTab campaign={sampleCampaign({ status: 'draft', frozenAt: null })} />, backend);
    expect(await screen.findByText('Danh sách chưa chốt. Các thay đổi sau khi chốt sẽ hiện ở đây.')).toBeInTheDocument();
  });
});
