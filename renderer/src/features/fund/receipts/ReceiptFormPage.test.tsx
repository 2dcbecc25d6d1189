import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../../shared/errors';
import type { Donor, Receipt } from '../../../../../shared/fund';
import type { ReceiptInput } from '../../../../../shared/schemas/fund';
import { toIsoDate } from '../../../../../shared/format';
import { createRegisterBackend } from '../../../test/registerFixtures';
import { Refusal, serve } from '../../../test/serve';
import { registerChildren } from '../../gifts/testing';
import { childPotInfo, generalPotInfo } from '../common/testing';
import { makeDonor, makeReceipt, renderFund } from '../overview/testing';

const today = toIsoDate(new Date());
const year = today.slice(0, 4);

/** The register's children, two donors, and receipts kept in memory behind the receipt channels. */
function receiptBackend() {
  const backend = createRegisterBackend({ children: registerChildren });
  const donors: Donor[] = [makeDonor(), makeDonor({ id: 'donor-2', name: 'Bà Nguyễn Thị Thu', kind: 'individual' })];
  const receipts: Receipt[] = [];
  serve(backend, 'fund.donors', () => donors);
  serve(backend, 'fund.createDonor', (input) => {
    const donor = makeDonor({ ...input, id: `donor-new-${donors.length}`, receiptCount: 0, receivedTotal: 0 });
    donors.push(donor);
    return donor;
  });
  serve(backend, 'fund.nextReceiptNo', ({ year: asked }) => ({ receiptNo: `PT-${asked}-005` }));
  serve(backend, 'fund.createReceipt', (input) => {
    if (input.receiptNo === 'PT-2026-001') throw new Refusal('errors.receiptNoTaken');
    const receipt = makeReceipt({
      id: `receipt-${receipts.length + 10}`,
      receiptNo: input.receiptNo,
      receivedOn: input.receivedOn,
      donorId: input.donorId,
      amount: input.amount,
      earmark: input.earmarkKind === 'child' ? childPotInfo : generalPotInfo,
      postingSeq: 17,
    });
    receipts.push(receipt);
    return receipt;
  });
  serve(backend, 'fund.receipts', () => receipts);
  return backend;
}

const sent = (backend: ReturnType<typeof receiptBackend>) => backend.callsTo('fund.createReceipt').map((call) => call.input as ReceiptInput);

async function openForm(backend = receiptBackend()) {
  const app = await renderFund('/fund/receipts/new', backend);
  await screen.findByRole('heading', { level: 2, name: 'Ghi phiếu thu' });
  // The number comes from the year's sequence.
  await waitFor(() => expect(screen.getByLabelText('Số phiếu')).toHaveValue(`PT-${year}-005`));
  await screen.findByRole('option', { name: 'Công ty TNHH Thiên Phúc (Doanh nghiệp)' });
  return { ...app, backend };
}

describe('the receipt form', () => {
  it('refuses a receipt in kind without its goods, with the message beside the fields', async () => {
    const { user, backend } = await openForm();
    await user.selectOptions(screen.getByLabelText('Chọn nhà tài trợ'), 'Công ty TNHH Thiên Phúc (Doanh nghiệp)');
    await user.click(screen.getByLabelText('Hiện vật'));
    await user.type(screen.getByLabelText('Giá trị ước tính (đồng)'), '5.000.000');
    await user.click(screen.getByRole('button', { name: 'Ghi phiếu thu' }));

    const goods = screen.getByLabelText('Tên hiện vật');
    await waitFor(() => expect(goods).toHaveAccessibleDescription(expect.stringContaining('Hãy ghi tên hiện vật và số lượng.')));
    await waitFor(() => expect(goods).toHaveFocus());
    expect(screen.getByLabelText('Số lượng')).toHaveAccessibleDescription('Hãy ghi tên hiện vật và số lượng.');

    // With the goods named but no quantity, only the quantity is asked for.
    await user.type(goods, 'Sữa hộp 180 ml');
    await user.click(screen.getByRole('button', { name: 'Ghi phiếu thu' }));
    await waitFor(() => expect(goods).not.toHaveAccessibleDescription(expect.stringContaining('Hãy ghi tên hiện vật')));
    expect(screen.getByLabelText('Số lượng')).toHaveAccessibleDescription('Hãy ghi tên hiện vật và số lượng.');
    expect(sent(backend)).toEqual([]);
  });

  it('sends the earmark for a child found by search, then lists the receipt with its posting number', async () => {
    const { user, backend, router } = await openForm();
    await user.type(screen.getByLabelText('Tìm nhà tài trợ'), 'thu');
    await user.selectOptions(screen.getByLabelText('Chọn nhà tài trợ'), 'Bà Nguyễn Thị Thu (Cá nhân)');
    await user.type(screen.getByLabelText('Số tiền (đồng)'), '3000000');
    await user.click(screen.getByLabelText('Cho một trẻ em'));
    await user.type(screen.getByLabelText('Tìm trẻ theo họ tên'), 'hoa');
    const hoa = await screen.findByLabelText('Đặng Thị Hoa, sinh ngày 14/03/2015, Phường Ngô Quyền');
    await user.click(hoa);
    // The match stays listed, marked: the choice is seen where it was made.
    expect(hoa).toBeChecked();
    expect(screen.getByText('Đã chọn: Đặng Thị Hoa, sinh ngày 14/03/2015, Phường Ngô Quyền')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi phiếu thu' }));

    await waitFor(() => expect(sent(backend)).toHaveLength(1));
    expect(sent(backend)[0]).toEqual({
      receiptNo: `PT-${year}-005`,
      receivedOn: today,
      donorId: 'donor-2',
      kind: 'cash',
      amount: 3_000_000,
      goodsDescription: null,
      goodsQuantity: null,
      goodsUnit: null,
      note: null,
      earmarkKind: 'child',
      earmarkPurpose: null,
      earmarkUnitId: null,
      earmarkChildId: 'child-1',
    });
    expect(await screen.findByText(`Đã ghi phiếu thu số PT-${year}-005 (bút toán số 17).`)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/fund/receipts');
    expect(await screen.findByRole('rowheader', { name: `PT-${year}-005` })).toBeInTheDocument();
  });

  it('shows a number already taken beside the number field', async () => {
    const { user, backend } = await openForm();
    const number = screen.getByLabelText('Số phiếu');
    await user.clear(number);
    await user.type(number, 'PT-2026-001');
    await user.selectOptions(screen.getByLabelText('Chọn nhà tài trợ'), 'Công ty TNHH Thiên Phúc (Doanh nghiệp)');
    await user.type(screen.getByLabelText('Số tiền (đồng)'), '1.000.000');
    await user.click(screen.getByRole('button', { name: 'Ghi phiếu thu' }));

    await waitFor(() => expect(number).toHaveAccessibleDescription(expect.stringContaining('Số phiếu thu này đã có. Hãy dùng số khác.')));
    await waitFor(() => expect(number).toHaveFocus());
    expect(sent(backend)).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Ghi phiếu thu' })).toBeInTheDocument();
  });

  it('adds a new donor in place and chooses them', async () => {
    const { user, backend } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Thêm nhà tài trợ mới' }));
    const panel = screen.getByRole('group', { name: 'Nhà tài trợ mới' });
    await user.type(within(panel).getByLabelText('Tên nhà tài trợ'), 'Hội Chữ thập đỏ phường');
    await user.selectOptions(within(panel).getByLabelText('Loại nhà tài trợ'), 'Tổ chức');
    await user.click(within(panel).getByLabelText('Không công khai tên trên danh sách công khai'));
    await user.click(within(panel).getByRole('button', { name: 'Thêm nhà tài trợ' }));

    await waitFor(() => expect(screen.getByLabelText('Chọn nhà tài trợ')).toHaveDisplayValue('Hội Chữ thập đỏ phường (Tổ chức)'));
    expect(screen.queryByRole('group', { name: 'Nhà tài trợ mới' })).not.toBeInTheDocument();
    expect(backend.callsTo('fund.createDonor')[0]?.input).toMatchObject({ name: 'Hội Chữ thập đỏ phường', kind: 'organisation', origin: 'domestic', anonymous: true });
    expect(sent(backend)).toEqual([]);
  });

  it('sets goods in kind aside only for the general fund or for gifts, dropping another earmark when the kind changes', async () => {
    const { user, backend } = await openForm();
    await user.selectOptions(screen.getByLabelText('Chọn nhà tài trợ'), 'Công ty TNHH Thiên Phúc (Doanh nghiệp)');
    const earmark = screen.getByRole('group', { name: 'Dành cho' });
    expect(within(earmark).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['none', 'purpose', 'unit', 'child']);
    await user.click(screen.getByLabelText('Cho một trẻ em'));

    await user.click(screen.getByLabelText('Hiện vật'));
    expect(within(earmark).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['none', 'purpose']);
    expect(screen.getByLabelText('Không chỉ định (Quỹ chung)')).toBeChecked();
    expect(screen.queryByLabelText('Tìm trẻ theo họ tên')).not.toBeInTheDocument();
    expect(earmark).toHaveAccessibleDescription(expect.stringContaining('Hiện vật chỉ được xuất ra khỏi Quỹ qua các đợt tặng quà'));

    await user.click(screen.getByLabelText('Cho một mục đích'));
    const purpose = screen.getByLabelText('Mục đích');
    expect(within(purpose).getAllByRole('option').map((option) => option.textContent)).toEqual(['Tặng quà']);
    expect(purpose).toHaveDisplayValue('Tặng quà');
    await user.type(screen.getByLabelText('Tên hiện vật'), 'Sữa hộp 180 ml');
    await user.type(screen.getByLabelText('Số lượng'), '40');
    await user.type(screen.getByLabelText('Giá trị ước tính (đồng)'), '4.000.000');
    await user.click(screen.getByRole('button', { name: 'Ghi phiếu thu' }));

    await waitFor(() => expect(sent(backend)).toHaveLength(1));
    expect(sent(backend)[0]).toMatchObject({ kind: 'inKind', goodsQuantity: 40, earmarkKind: 'purpose', earmarkPurpose: 'gifts', earmarkChildId: null });
  });

  it("shows main's refusal of an earmark beside the earmark", async () => {
    const { user, backend } = await openForm();
    backend.override('fund.createReceipt', () => fail('errors.invalidInput', [{ path: 'earmarkKind', message: 'validation.goodsEarmark' }]));
    await user.selectOptions(screen.getByLabelText('Chọn nhà tài trợ'), 'Công ty TNHH Thiên Phúc (Doanh nghiệp)');
    await user.type(screen.getByLabelText('Số tiền (đồng)'), '1.000.000');
    await user.click(screen.getByRole('button', { name: 'Ghi phiếu thu' }));
    const none = screen.getByLabelText('Không chỉ định (Quỹ chung)');
    await waitFor(() => expect(none).toHaveAccessibleDescription(expect.stringContaining('Hiện vật chỉ xuất được cho các đợt tặng quà')));
    expect(none).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps what is typed for a new donor: its Cancel asks, and so does leaving the page', async () => {
    const { user, router } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Thêm nhà tài trợ mới' }));
    const panel = screen.getByRole('group', { name: 'Nhà tài trợ mới' });
    await user.type(within(panel).getByLabelText('Tên nhà tài trợ'), 'Hội Chữ thập đỏ phường');
    await user.click(within(panel).getByRole('button', { name: 'Hủy bỏ' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(within(panel).getByLabelText('Tên nhà tài trợ')).toHaveValue('Hội Chữ thập đỏ phường');

    // Only the donor's form has been typed in: leaving the page still asks.
    await act(() => router.navigate('/fund/ledger'));
    const leave = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await user.click(within(leave).getByRole('button', { name: 'Ở lại trang' }));
    expect(router.state.location.pathname).toBe('/fund/receipts/new');

    await user.click(within(panel).getByRole('button', { name: 'Hủy bỏ' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Bỏ' }));
    expect(screen.queryByRole('group', { name: 'Nhà tài trợ mới' })).not.toBeInTheDocument();
    await act(() => router.navigate('/fund/ledger'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/fund/ledger'));
  });
});
