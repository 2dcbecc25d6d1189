import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../../../shared/format';
import { createRegisterBackend } from '../../../test/registerFixtures';
import { cellTexts } from '../../../test/screen';
import { Refusal, serve } from '../../../test/serve';
import { heartPotInfo } from '../common/testing';
import { makeReceipt, renderFund } from '../overview/testing';

const today = toIsoDate(new Date());
const year = today.slice(0, 4);

const receipts = [
  makeReceipt(),
  makeReceipt({
    id: 'receipt-2',
    receiptNo: 'PT-2026-002',
    receivedOn: '2026-03-15',
    donorName: 'Ngân hàng Bình Minh',
    kind: 'inKind',
    amount: 5_000_000,
    goodsDescription: 'Sữa hộp 180 ml',
    goodsQuantity: 50,
    goodsUnit: 'thùng',
    earmark: heartPotInfo,
    postingSeq: 2,
    cancelled: { on: '2026-03-20', reason: 'Ghi nhầm nhà tài trợ', postingSeq: 5 },
  }),
];

function listBackend() {
  const backend = createRegisterBackend();
  serve(backend, 'fund.receipts', () => receipts);
  return backend;
}

describe('the receipts list', () => {
  it('shows this year\'s receipts; a cancelled one struck through with when and why; search by number or donor', async () => {
    const backend = listBackend();
    const { user, router } = await renderFund('/fund/receipts', backend);

    const table = await screen.findByRole('table', { name: 'Phiếu thu' });
    expect(backend.callsTo('fund.receipts')[0]?.input).toEqual({ from: `${year}-01-01`, to: `${year}-12-31`, donorId: null, search: '' });
    const cash = within(table).getByRole('row', { name: /PT-2026-001/ });
    expect(cellTexts(within(cash).getAllByRole('cell'))).toEqual(['02/03/2026', 'Công ty TNHH Thiên Phúc', 'Tiền', '10.000.000 ₫', 'Quỹ chung', '1', 'Hủy phiếu thu']);
    const cancelled = within(table).getByRole('row', { name: /PT-2026-002/ });
    expect(cancelled).toHaveClass('fund-cancelled');
    expect(cellTexts(within(cancelled).getAllByRole('cell'))).toEqual([
      '15/03/2026',
      'Ngân hàng Bình Minh',
      'Hiện vật: Sữa hộp 180 ml, 50 thùng',
      '5.000.000 ₫',
      'Dành cho: Phẫu thuật timĐã hủy ngày 20/03/2026: Ghi nhầm nhà tài trợ (bút toán số 5)',
      '2',
      '',
    ]);

    await user.type(screen.getByLabelText('Tìm theo số phiếu hoặc nhà tài trợ'), 'ngan hang');
    await waitFor(() => expect(within(table).queryByRole('row', { name: /PT-2026-001/ })).not.toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /PT-2026-002/ })).toBeInTheDocument();

    const from = screen.getByLabelText('Từ ngày');
    await user.clear(from);
    await user.type(from, '01/03/2026');
    await user.click(screen.getByRole('button', { name: 'Xem phiếu thu' }));
    await waitFor(() =>
      expect(backend.callsTo('fund.receipts').at(-1)?.input).toEqual({ from: '2026-03-01', to: `${year}-12-31`, donorId: null, search: '' }),
    );
    expect(router.state.location.search).toBe(`?from=2026-03-01&to=${year}-12-31`);
  });

  it('cancels a receipt; when its money is spent, explains and resends with the reason for going below zero', async () => {
    const backend = listBackend();
    serve(backend, 'fund.cancelReceipt', (input) => {
      if (input.overrideReason === null) throw new Refusal('errors.fundOverdraft');
      return makeReceipt({ cancelled: { on: input.date, reason: input.reason, postingSeq: 9 } });
    });
    const { user } = await renderFund('/fund/receipts', backend);
    await user.click(await screen.findByRole('button', { name: 'Hủy phiếu thu số PT-2026-001' }));
    const dialog = screen.getByRole('dialog', { name: 'Hủy phiếu thu' });
    expect(within(dialog).getByLabelText('Ngày hủy')).toHaveValue(today.split('-').reverse().join('/'));
    await user.type(within(dialog).getByLabelText('Lý do hủy'), 'Nhà tài trợ rút lại khoản tài trợ');
    // Escape would lose the reason typed: it asks first.
    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(within(dialog).getByLabelText('Lý do hủy')).toHaveValue('Nhà tài trợ rút lại khoản tài trợ');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy phiếu thu' }));

    const reason = await within(dialog).findByLabelText('Lý do chi vượt');
    expect(within(dialog).getByText(/hủy phiếu sẽ làm Quỹ bị âm/)).toBeInTheDocument();
    await user.type(reason, 'Đã thống nhất với nhà tài trợ, hoàn lại trong tháng sau');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy phiếu thu' }));

    await waitFor(() => expect(backend.callsTo('fund.cancelReceipt')).toHaveLength(2));
    expect(backend.callsTo('fund.cancelReceipt').map((call) => call.input)).toEqual([
      { id: 'receipt-1', date: today, reason: 'Nhà tài trợ rút lại khoản tài trợ', overrideReason: null },
      { id: 'receipt-1', date: today, reason: 'Nhà tài trợ rút lại khoản tài trợ', overrideReason: 'Đã thống nhất với nhà tài trợ, hoàn lại trong tháng sau' },
    ]);
    expect(await screen.findByText('Đã hủy phiếu thu số PT-2026-001 (bút toán đảo số 9).')).toBeInTheDocument();
  });
});
