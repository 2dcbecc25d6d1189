import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Donor } from '../../../../../shared/fund';
import { fail } from '../../../../../shared/errors';
import { createRegisterBackend } from '../../../test/registerFixtures';
import { cellTexts } from '../../../test/screen';
import { serve } from '../../../test/serve';
import { makeDonor, renderFund } from '../overview/testing';

function donorBackend() {
  const backend = createRegisterBackend();
  const donors: Donor[] = [
    makeDonor(),
    makeDonor({ id: 'donor-2', name: 'Bà Nguyễn Thị Thu', kind: 'individual', anonymous: true, contactPerson: null, phone: '0903111222', receiptCount: 1, receivedTotal: 2_000_000 }),
  ];
  serve(backend, 'fund.donors', () => donors);
  serve(backend, 'fund.updateDonor', (input) => {
    const index = donors.findIndex((donor) => donor.id === input.id);
    const updated = { ...makeDonor(), ...donors[index], ...input };
    donors[index] = updated;
    return updated;
  });
  return backend;
}

describe('the donors page', () => {
  it('lists donors with kind, contact and what they gave, and finds them without diacritics', async () => {
    const { user } = await renderFund('/fund/donors', donorBackend());
    const table = await screen.findByRole('table', { name: 'Nhà tài trợ' });
    expect(cellTexts(within(within(table).getByRole('row', { name: /Thiên Phúc/ })).getAllByRole('cell'))).toEqual([
      'Doanh nghiệp',
      'Trong nước',
      'Lê Thị Mai0912000111',
      '2',
      '15.000.000 ₫',
      'Sửa',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Bà Nguyễn Thị Thu không công khai tên' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Tìm theo tên, người liên hệ, điện thoại hoặc thư điện tử'), 'nguyen thi thu');
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Thiên Phúc/ })).not.toBeInTheDocument());
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('creates a donor in a dialog, with the form checked first', async () => {
    const backend = donorBackend();
    const { user } = await renderFund('/fund/donors', backend);
    await user.click(await screen.findByRole('button', { name: 'Thêm nhà tài trợ' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm nhà tài trợ' });
    await user.type(within(dialog).getByLabelText('Thư điện tử'), 'khong-phai-thu');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm nhà tài trợ' }));
    const name = within(dialog).getByLabelText('Tên nhà tài trợ');
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('Mục này không được để trống.')));
    expect(within(dialog).getByLabelText('Loại nhà tài trợ')).toHaveAccessibleDescription('Mục này không được để trống.');
    expect(within(dialog).getByLabelText('Thư điện tử')).toHaveAccessibleDescription('Địa chỉ thư điện tử không hợp lệ.');
    expect(backend.callsTo('fund.createDonor')).toEqual([]);

    backend.override('fund.createDonor', (input) => ({ ok: true, data: makeDonor({ ...(input as Partial<Donor>), id: 'donor-3' }) }));
    await user.type(name, 'Quỹ Hy vọng Xanh');
    await user.selectOptions(within(dialog).getByLabelText('Loại nhà tài trợ'), 'Tổ chức');
    await user.click(within(dialog).getByLabelText('Nước ngoài'));
    const email = within(dialog).getByLabelText('Thư điện tử');
    await user.clear(email);
    await user.type(email, 'lienhe@hyvongxanh.org');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm nhà tài trợ' }));

    await waitFor(() => expect(backend.callsTo('fund.createDonor')).toHaveLength(1));
    expect(backend.callsTo('fund.createDonor')[0]?.input).toEqual({
      name: 'Quỹ Hy vọng Xanh',
      kind: 'organisation',
      origin: 'international',
      anonymous: false,
      contactPerson: null,
      phone: null,
      email: 'lienhe@hyvongxanh.org',
      address: null,
      note: null,
    });
    expect(await screen.findByText('Đã lưu nhà tài trợ Quỹ Hy vọng Xanh.')).toBeInTheDocument();
  });

  it('edits a donor, sending its id, and shows a refusal in the dialog', async () => {
    const backend = donorBackend();
    const { user } = await renderFund('/fund/donors', backend);
    await user.click(await screen.findByRole('button', { name: 'Sửa thông tin Công ty TNHH Thiên Phúc' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa thông tin nhà tài trợ' });
    expect(within(dialog).getByLabelText('Người liên hệ')).toHaveValue('Lê Thị Mai');
    const phone = within(dialog).getByLabelText('Điện thoại');
    await user.clear(phone);
    await user.type(phone, '0988777666');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(backend.callsTo('fund.updateDonor')).toHaveLength(1));
    expect(backend.callsTo('fund.updateDonor')[0]?.input).toMatchObject({ id: 'donor-1', name: 'Công ty TNHH Thiên Phúc', phone: '0988777666' });
    expect(await screen.findByText('Đã lưu nhà tài trợ Công ty TNHH Thiên Phúc.')).toBeInTheDocument();

    backend.override('fund.updateDonor', () => fail('errors.notFound'));
    await user.click(screen.getByRole('button', { name: 'Sửa thông tin Bà Nguyễn Thị Thu' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent('Chưa lưu được nhà tài trợ. Không tìm thấy dữ liệu yêu cầu.');
    // A change typed and then cancelled is only dropped when the user says so.
    const contact = within(screen.getByRole('dialog')).getByLabelText('Người liên hệ');
    await user.clear(contact);
    await user.type(contact, 'Trần Văn Bình');
    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(contact).toHaveValue('Trần Văn Bình');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Hủy bỏ' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Bỏ' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(backend.callsTo('fund.updateDonor')).toHaveLength(2);
  });
});
