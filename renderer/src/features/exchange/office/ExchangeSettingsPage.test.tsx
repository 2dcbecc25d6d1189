import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fill } from '../../../test/screen';
import { createExchangeBackend, renderExchange } from './testing';

const noSettings = { settings: { officeCode: '', includePersonalIds: false, includeGuardianPhones: false }, passphrase: null };

describe('the exchange settings', () => {
  it('offers the code suggested from the area until one is saved, and saves the code and what personal data is sent', async () => {
    const { backend } = createExchangeBackend(noSettings);
    const { user } = await renderExchange('/exchange/settings', backend);

    const code = await screen.findByLabelText('Mã đơn vị');
    expect(code).toHaveValue('31-NGOQUYEN');
    expect(code).toHaveAccessibleDescription(/ô đã điền sẵn mã gợi ý theo địa bàn \(31-NGOQUYEN\)/);
    const personal = screen.getByRole('group', { name: 'Dữ liệu cá nhân gửi kèm' });
    expect(personal).toHaveAccessibleDescription(/dữ liệu cá nhân nhạy cảm: chỉ chọn khi tỉnh yêu cầu/);
    const ids = within(personal).getByLabelText('Gửi kèm số định danh, giấy khai sinh, thẻ BHYT');
    const phones = within(personal).getByLabelText('Gửi kèm số điện thoại người chăm sóc');
    expect(ids).not.toBeChecked();
    expect(phones).not.toBeChecked();

    await user.clear(code);
    await fill(user, code, 'HP-NQ.01');
    await user.click(phones);
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));

    expect(await screen.findByText('Đã lưu cài đặt trao đổi.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.saveSettings').map((call) => call.input)).toEqual([
      { officeCode: 'HP-NQ.01', includePersonalIds: false, includeGuardianPhones: true },
    ]);
    expect(code).toHaveValue('HP-NQ.01');
    expect(code).not.toHaveAccessibleDescription(/mã gợi ý/);
    expect(phones).toBeChecked();
  });

  it('refuses a code with spaces or diacritics beside the field; a refusal from main keeps what was typed', async () => {
    const { backend } = createExchangeBackend();
    const { user } = await renderExchange('/exchange/settings', backend);
    const code = await screen.findByLabelText('Mã đơn vị');
    expect(code).toHaveValue('31NQ');
    await user.clear(code);
    await fill(user, code, 'Ngô Quyền');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.')).toBeInTheDocument();
    await waitFor(() => expect(code).toHaveFocus());
    expect(backend.callsTo('exchange.saveSettings')).toHaveLength(0);

    backend.override('exchange.saveSettings', () => ({ ok: false, error: { code: 'errors.officeModeOnly' } }));
    await user.clear(code);
    await fill(user, code, 'NQ02');
    await user.click(screen.getByLabelText('Gửi kèm số định danh, giấy khai sinh, thẻ BHYT'));
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa lưu được cài đặt. Chức năng này chỉ dùng ở đơn vị gửi số liệu');
    expect(code).toHaveValue('NQ02');
    expect(screen.getByLabelText('Gửi kèm số định danh, giấy khai sinh, thẻ BHYT')).toBeChecked();
    expect(screen.queryByText('Đã lưu cài đặt trao đổi.')).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved edits', async () => {
    const { backend } = createExchangeBackend();
    const { user, router } = await renderExchange('/exchange/settings', backend);
    const code = await screen.findByLabelText('Mã đơn vị');
    await fill(user, code, 'X');
    const tabs = screen.getByRole('navigation', { name: 'Các trang trao đổi dữ liệu' });
    await user.click(within(tabs).getByRole('link', { name: 'Gửi số liệu' }));
    const question = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await user.click(within(question).getByRole('button', { name: 'Ở lại trang' }));
    expect(router.state.location.pathname).toBe('/exchange/settings');
    expect(code).toHaveValue('31NQX');

    await user.click(within(tabs).getByRole('link', { name: 'Gửi số liệu' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Rời trang, bỏ thay đổi' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/exchange'));
  });
});

describe('the exchange passphrase', () => {
  it('is typed twice, checked, set, and never shown back', async () => {
    const { backend, state } = createExchangeBackend(noSettings);
    const { user } = await renderExchange('/exchange/settings', backend);
    const section = await screen.findByRole('region', { name: 'Mật khẩu trao đổi' });
    expect(section).toHaveTextContent('Mật khẩu trao đổi: Chưa đặt');
    const first = within(section).getByLabelText('Mật khẩu trao đổi');
    const repeat = within(section).getByLabelText('Nhập lại mật khẩu trao đổi');
    expect(first).toHaveAttribute('type', 'password');
    expect(repeat).toHaveAttribute('type', 'password');

    await fill(user, first, 'ngắn');
    await user.click(within(section).getByRole('button', { name: 'Đặt mật khẩu' }));
    expect(await within(section).findByText('Mật khẩu trao đổi cần ít nhất 12 ký tự.')).toBeInTheDocument();
    await waitFor(() => expect(first).toHaveFocus());

    await user.clear(first);
    await fill(user, first, 'sông Cấm chảy qua cầu Rào');
    await fill(user, repeat, 'sông Cấm chảy qua cầu Rao');
    await user.click(within(section).getByRole('button', { name: 'Đặt mật khẩu' }));
    expect(await within(section).findByText('Hai lần nhập mật khẩu không giống nhau.')).toBeInTheDocument();
    await waitFor(() => expect(repeat).toHaveFocus());
    expect(backend.callsTo('exchange.setPassphrase')).toHaveLength(0);

    await user.clear(repeat);
    await fill(user, repeat, 'sông Cấm chảy qua cầu Rào');
    await user.click(within(section).getByRole('button', { name: 'Đặt mật khẩu' }));
    expect(await within(section).findByText('Đã đặt mật khẩu trao đổi.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.setPassphrase').map((call) => call.input)).toEqual([
      { passphrase: 'sông Cấm chảy qua cầu Rào', repeat: 'sông Cấm chảy qua cầu Rào' },
    ]);
    expect(state.passphrase).toBe('sông Cấm chảy qua cầu Rào');
    expect(section).toHaveTextContent('Mật khẩu trao đổi: Đã đặt');
    expect(first).toHaveValue('');
    expect(repeat).toHaveValue('');
    expect(within(section).getByRole('button', { name: 'Đổi mật khẩu' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('sông Cấm');
  });

  it('keeps what was typed when main refuses', async () => {
    const { backend } = createExchangeBackend();
    backend.override('exchange.setPassphrase', () => ({ ok: false, error: { code: 'errors.officeModeOnly' } }));
    const { user } = await renderExchange('/exchange/settings', backend);
    const section = await screen.findByRole('region', { name: 'Mật khẩu trao đổi' });
    expect(section).toHaveTextContent('Mật khẩu trao đổi: Đã đặt');
    await fill(user, within(section).getByLabelText('Mật khẩu trao đổi'), 'mật khẩu mới năm 2027');
    await fill(user, within(section).getByLabelText('Nhập lại mật khẩu trao đổi'), 'mật khẩu mới năm 2027');
    await user.click(within(section).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Chưa đặt được mật khẩu. Chức năng này chỉ dùng ở đơn vị gửi số liệu');
    expect(within(section).getByLabelText('Mật khẩu trao đổi')).toHaveValue('mật khẩu mới năm 2027');
    expect(within(section).getByLabelText('Nhập lại mật khẩu trao đổi')).toHaveValue('mật khẩu mới năm 2027');
  });
});
