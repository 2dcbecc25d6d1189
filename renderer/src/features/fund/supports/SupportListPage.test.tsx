import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { approvedSupport, createSupportBackend, doneSupport, khanh, makeSupport } from './testing';

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00A0/g, ' '));

function threeCases() {
  return createSupportBackend({
    supports: [
      doneSupport({ id: 'sup-1' }),
      makeSupport({
        id: 'sup-2',
        childId: khanh.id,
        childName: khanh.fullName,
        birthDate: khanh.birthDate,
        unitId: khanh.unitId,
        unitName: khanh.unitName,
        type: 'scholarship',
        diagnosis: null,
        estimatedCost: 2_000_000,
        proposedOn: '2026-11-10',
      }),
      approvedSupport({ id: 'sup-3', type: 'cleftSurgery', decisionNo: '140/QĐ-UBND', childName: 'Bùi Ngọc Lan' }),
    ],
  });
}

describe('the support cases list', () => {
  it('shows each case with its child, commune, type, status and money', async () => {
    const { user, router } = await renderApp({ backend: threeCases(), path: '/fund/supports' });

    const table = await screen.findByRole('table', { name: 'Các hồ sơ hỗ trợ trẻ em' });
    const done = within(table).getByRole('row', { name: /Đặng Thị Hoa/ });
    expect(within(done).getByRole('rowheader')).toHaveTextContent('Đặng Thị Hoa14/03/2015');
    expect(cells(done)).toEqual([
      'Phường Ngô Quyền',
      'Phẫu thuật tim',
      'Đã thực hiện',
      '01/10/2026',
      '80.000.000 ₫',
      '125/QĐ-UBND',
      '50.000.000 ₫',
      '30.000.000 ₫',
      '02/11/2026',
    ]);
    expect(cells(within(table).getByRole('row', { name: /Phạm Minh Khánh/ }))).toEqual([
      'Phường Gia Viên',
      'Học bổng',
      'Đề xuất',
      '10/11/2026',
      '2.000.000 ₫',
      '',
      '',
      '',
      '',
    ]);

    await user.click(within(done).getByRole('link', { name: 'Đặng Thị Hoa' }));
    expect(router.state.location.pathname).toBe('/fund/supports/sup-1');
  });

  it('sends each filter to main and shows what it answers', async () => {
    const backend = threeCases();
    const { user } = await renderApp({ backend, path: '/fund/supports' });
    const table = await screen.findByRole('table', { name: 'Các hồ sơ hỗ trợ trẻ em' });
    const lastQuery = () => backend.callsTo('fund.supports').at(-1)?.input;
    expect(lastQuery()).toEqual({ statuses: [], types: [], unitId: null, search: '' });

    await user.click(screen.getByRole('checkbox', { name: 'Đề xuất' }));
    await user.click(screen.getByRole('checkbox', { name: 'Đã duyệt' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(lastQuery()).toEqual({ statuses: ['proposed', 'approved'], types: [], unitId: null, search: '' });
    expect(within(table).queryByRole('row', { name: /Đặng Thị Hoa/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại hỗ trợ' }), 'Phẫu thuật hở môi, hở vòm miệng');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(lastQuery()).toEqual({ statuses: ['proposed', 'approved'], types: ['cleftSurgery'], unitId: null, search: '' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại hỗ trợ' }), 'Tất cả các loại');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Xã, phường' }), 'Phường Gia Viên');
    await waitFor(() => expect(lastQuery()).toEqual({ statuses: ['proposed', 'approved'], types: [], unitId: '11329', search: '' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('row', { name: /Phạm Minh Khánh/ })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Xã, phường' }), 'Tất cả xã, phường');
    await user.type(screen.getByRole('searchbox', { name: 'Tìm theo tên trẻ hoặc số quyết định' }), '140/QĐ');
    await waitFor(() => expect(lastQuery()).toEqual({ statuses: ['proposed', 'approved'], types: [], unitId: null, search: '140/QĐ' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('row', { name: /Bùi Ngọc Lan/ })).toBeInTheDocument();
  });

  it('offers a new proposal', async () => {
    const { user, router } = await renderApp({ backend: createSupportBackend(), path: '/fund/supports' });
    expect(await screen.findByText('Không có hồ sơ hỗ trợ nào phù hợp.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Đề xuất hỗ trợ' }));
    expect(router.state.location.pathname).toBe('/fund/supports/new');
  });
});
