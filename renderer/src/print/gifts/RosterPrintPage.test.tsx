import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../shared/errors';
import type { Roster } from '../../../../shared/gifts';
import type { RosterQuery } from '../../../../shared/schemas/gifts';
import { createFakeBackend, sampleOffice } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

function sampleRoster(query: RosterQuery): Roster {
  return {
    campaignId: query.campaignId,
    campaignName: 'Thăm, tặng quà Tết Nguyên đán Đinh Mùi 2027',
    occasion: 'tet',
    year: 2027,
    title: 'DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027',
    unitName: query.unitId ? 'Phường Lạch Tray' : null,
    followUp: query.followUp,
    giftDescription: 'Mỗi suất quà: 300.000 đồng tiền mặt và Bánh kẹo, sữa trị giá 200.000 đồng',
    rows: [
      {
        number: 1,
        recipientId: 'r1',
        fullName: 'Nguyễn Thị Hoa',
        birthDate: '2015-03-05',
        sex: 'female',
        unitId: '11311',
        unitName: 'Phường Lạch Tray',
        address: 'Số 12 Lạch Tray, Tổ dân phố 3',
        circumstance: 'Trẻ em khuyết tật',
        proxyName: 'Trần Văn Dũng',
        amount: 500_000,
      },
      {
        number: 2,
        recipientId: 'r2',
        fullName: 'Lê Minh Khôi',
        birthDate: '2019-11-20',
        sex: 'male',
        unitId: query.unitId ? '11311' : '11329',
        unitName: query.unitId ? 'Phường Lạch Tray' : 'Phường Cầu Đất',
        address: 'Tổ dân phố 7',
        circumstance: 'Trẻ em mồ côi cả cha và mẹ',
        proxyName: null,
        amount: 1_000_000,
      },
    ],
    totalAmount: 1_500_000,
    totalInWords: 'Một triệu năm trăm nghìn đồng chẵn',
  };
}

async function openPrint(options: { path?: string; language?: 'vi' | 'en'; roster?: 'ok' | 'notFrozen' } = {}) {
  const backend = createFakeBackend({ office: sampleOffice, language: options.language ?? 'vi' });
  backend.override('gifts.roster', (input) =>
    options.roster === 'notFrozen' ? fail('errors.campaignNotFrozen') : ok(sampleRoster(input as RosterQuery)),
  );
  return renderApp({ backend, path: options.path ?? '/print/gift-roster?campaign=c-1&unit=11311' });
}

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

afterEach(() => {
  vi.useRealTimers();
  delete document.body.dataset.printReady;
});

describe('signed roster print page', () => {
  it('asks for the roster the address names and heads it as an administrative document', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 8, 9, 0));
    const { backend } = await openPrint();
    expect(await screen.findByRole('heading', { level: 1, name: 'DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027' })).toBeInTheDocument();
    expect(backend.callsTo('gifts.roster').map((c) => c.input)).toEqual([{ campaignId: 'c-1', unitId: '11311', followUp: false }]);

    const header = screen.getByRole('banner');
    expect(within(header).getByText('UBND PHƯỜNG NGÔ QUYỀN')).toBeInTheDocument();
    expect(within(header).getByText('PHÒNG VĂN HÓA – XÃ HỘI')).toBeInTheDocument();
    expect(within(header).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(within(header).getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(within(header).getByText('Ngô Quyền, ngày 08 tháng 01 năm 2027')).toBeInTheDocument();
    expect(screen.getByText('Thăm, tặng quà Tết Nguyên đán Đinh Mùi 2027')).toBeInTheDocument();
    expect(screen.getByText('Địa bàn: Phường Lạch Tray')).toBeInTheDocument();
    expect(screen.getByText('Mỗi suất quà: 300.000 đồng tiền mặt và Bánh kẹo, sữa trị giá 200.000 đồng')).toBeInTheDocument();
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('has the nine columns, numbered, one row per child to sign, and the total in figures and words', async () => {
    await openPrint();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Địa chỉ',
      'Hoàn cảnh',
      'Người nhận thay',
      'Số tiền (đồng)',
      'Ký nhận',
    ]);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 1 + 2 + 1);
    expect(rows[1] && cellTexts(rows[1])).toEqual(Array.from({ length: 9 }, (_, i) => `(${i + 1})`));
    expect(rows[2] && cellTexts(rows[2])).toEqual([
      '1',
      'Nguyễn Thị Hoa',
      '05/03/2015',
      'Nữ',
      'Số 12 Lạch Tray, Tổ dân phố 3',
      'Trẻ em khuyết tật',
      'Trần Văn Dũng',
      '500.000',
      '',
    ]);
    expect(rows[3] && cellTexts(rows[3])).toEqual(['2', 'Lê Minh Khôi', '20/11/2019', 'Nam', 'Tổ dân phố 7', 'Trẻ em mồ côi cả cha và mẹ', '', '1.000.000', '']);
    const total = rows[4];
    expect(total && cellTexts(total)).toEqual(['Tổng cộng', '1.500.000', '']);
    expect(total && within(total).getByText('Tổng cộng')).toHaveAttribute('colspan', '7');
    expect(screen.getByText('Bằng chữ: Một triệu năm trăm nghìn đồng chẵn.')).toBeInTheDocument();
  });

  it('ends with the preparer, the accountant and the head of office', async () => {
    await openPrint();
    await screen.findByRole('table');
    expect([...document.querySelectorAll('.signature__title')].map((n) => n.textContent)).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect([...document.querySelectorAll('.signature__name')].map((n) => n.textContent)).toEqual(['Trần Thị Bình', '', 'Nguyễn Văn An']);
  });

  it('prints the whole area and the follow-up list when the address asks for them', async () => {
    const { backend } = await openPrint({ path: '/print/gift-roster?campaign=c-2&followUp=1' });
    expect(await screen.findByText('Địa bàn: tất cả các xã, phường')).toBeInTheDocument();
    expect(backend.callsTo('gifts.roster').map((c) => c.input)).toEqual([{ campaignId: 'c-2', unitId: null, followUp: true }]);
    // Each unit is named once, in a row above its children.
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent?.slice(0, 20))).toEqual([
      expect.stringContaining('STT'),
      expect.stringContaining('(1)'),
      'Phường Lạch Tray',
      expect.stringContaining('Nguyễn Thị Hoa'),
      'Phường Cầu Đất',
      expect.stringContaining('Lê Minh Khôi'),
      expect.stringContaining('Tổng cộng'),
    ]);
  });

  it('stays a Vietnamese document when the interface is in English; only the toolbar follows it', async () => {
    await openPrint({ language: 'en' });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Người nhận thay' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Nguyễn Thị Hoa/ })).toHaveTextContent('Nữ');
    expect(screen.getByText('Bằng chữ: Một triệu năm trăm nghìn đồng chẵn.')).toBeInTheDocument();
    const toolbar = screen.getByRole('toolbar', { name: 'Printout' });
    expect(within(toolbar).getByRole('button', { name: 'Print' })).toBeEnabled();
  });

  it('goes back to its campaign', async () => {
    const { user, router } = await openPrint();
    await screen.findByRole('table');
    await user.click(within(screen.getByRole('toolbar', { name: 'Bản in' })).getByRole('button', { name: 'Quay lại' }));
    expect(router.state.location.pathname).toBe('/gifts/c-1');
    expect(router.state.location.search).toBe('');
  });

  it('goes back to the delivery tab from the follow-up list', async () => {
    const { user, router } = await openPrint({ path: '/print/gift-roster?campaign=c-1&followUp=1' });
    await screen.findByRole('table');
    await user.click(within(screen.getByRole('toolbar', { name: 'Bản in' })).getByRole('button', { name: 'Quay lại' }));
    expect(router.state.location.pathname).toBe('/gifts/c-1');
    expect(router.state.location.search).toBe('?tab=delivery');
  });

  it('is not ready, and says why, without a campaign or before the list is frozen', async () => {
    const { backend, unmount } = await openPrint({ path: '/print/gift-roster' });
    expect(await screen.findByText('Địa chỉ bản in không cho biết đợt tặng quà nào.')).toBeInTheDocument();
    expect(backend.callsTo('gifts.roster')).toEqual([]);
    expect(document.body.dataset.printReady).toBeUndefined();
    unmount();

    await openPrint({ roster: 'notFrozen' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Danh sách chưa chốt.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(document.body.dataset.printReady).toBeUndefined();
  });
});
