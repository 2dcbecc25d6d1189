import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBackend, sampleOffice } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

async function openSettings(language: 'vi' | 'en' = 'vi') {
  const backend = createFakeBackend({ office: sampleOffice, language });
  const app = await renderApp({ backend, path: '/settings' });
  await screen.findByRole('heading', { level: 1 });
  return app;
}

describe('settings', () => {
  it('switches the language, stores it and turns the UI English', async () => {
    const { user, backend } = await openSettings();
    expect(document.documentElement.lang).toBe('vi');
    await user.click(screen.getByLabelText('English'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(backend.callsTo('preferences.setLanguage').map((c) => c.input)).toEqual([{ language: 'en' }]);
    expect(backend.state.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    const nav = screen.getByRole('navigation', { name: 'Main sections' });
    expect(within(nav).getByRole('link', { name: 'Children' })).toBeInTheDocument();
    expect(screen.getByLabelText('Office name')).toHaveValue('PHÒNG VĂN HÓA – XÃ HỘI');
    expect(screen.getByLabelText('English')).toBeChecked();
  });

  it('starts in the stored language', async () => {
    await openSettings('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('edits the office, saves, and says so', async () => {
    const { user, backend } = await openSettings();
    const name = screen.getByLabelText('Tên đơn vị');
    expect(name).toHaveValue('PHÒNG VĂN HÓA – XÃ HỘI');
    await screen.findByRole('option', { name: 'Thành phố Hải Phòng' });
    expect(screen.getByLabelText('Tỉnh, thành phố')).toHaveValue('31');
    const communes = await screen.findByRole('group', { name: 'Xã, phường thuộc địa bàn' });
    expect(within(communes).getByLabelText('Phường Ngô Quyền')).toBeChecked();
    expect(within(communes).getByLabelText('Phường Gia Viên')).toBeChecked();
    expect(within(communes).getByText('Đã chọn 2/5')).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'PHÒNG Y TẾ');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu thông tin đơn vị.')).toBeInTheDocument();
    expect(backend.callsTo('office.save')[0]?.input).toMatchObject({
      name: 'PHÒNG Y TẾ',
      area: { kind: 'communes', communeCodes: ['11311', '11329'] },
    });
    expect(screen.getByRole('banner')).toHaveTextContent('PHÒNG Y TẾ');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = await openSettings();
    await user.type(screen.getByLabelText('Người lập biểu'), ' Lê');
    await user.click(screen.getByRole('link', { name: 'Báo cáo' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    expect(within(dialog).getByRole('button', { name: 'Ở lại trang' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/settings');
    expect(screen.getByLabelText('Người lập biểu')).toHaveValue('Trần Thị Bình Lê');

    await user.click(screen.getByRole('link', { name: 'Báo cáo' }));
    await user.click(await screen.findByRole('button', { name: 'Rời trang, bỏ thay đổi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo' })).toBeInTheDocument();
  });

  it('shows an error code from main translated', async () => {
    const { user, backend } = await openSettings();
    backend.override('preferences.setLanguage', () => ({ ok: false, error: { code: 'errors.internal' } }));
    await user.click(screen.getByLabelText('English'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
    );
    expect(screen.getByLabelText('Tiếng Việt')).toBeChecked();
  });
});
