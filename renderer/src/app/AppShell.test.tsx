import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBackend, sampleOffice } from '../test/fakeBackend';
import { renderApp } from '../test/renderApp';

const areas = ['Trẻ em', 'Tặng quà', 'Quỹ bảo trợ', 'Mô hình', 'Trao đổi dữ liệu', 'Báo cáo', 'Cài đặt'];

describe('app shell', () => {
  it('lists the seven areas in order and marks the current one', async () => {
    const { user, router } = await renderApp({ backend: createFakeBackend({ office: sampleOffice }) });
    const nav = await screen.findByRole('navigation', { name: 'Các phần chính' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(areas);
    expect(within(nav).getAllByRole('listitem')).toHaveLength(7);

    // "/" opens the register of children.
    expect(await screen.findByRole('heading', { level: 1, name: 'Trẻ em' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/children');
    expect(within(nav).getByRole('link', { name: 'Trẻ em' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Quỹ bảo trợ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Quỹ Bảo trợ trẻ em' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Quỹ bảo trợ' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Trẻ em' })).not.toHaveAttribute('aria-current');
    // Focus moves to the new page for keyboard users.
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows the province only what it consolidates, and opens on the import of the offices\' files', async () => {
    const { router } = await renderApp({ backend: createFakeBackend({ office: { ...sampleOffice, mode: 'province' } }) });
    const nav = await screen.findByRole('navigation', { name: 'Các phần chính' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Nhập số liệu các đơn vị',
      'Báo cáo toàn tỉnh',
      'Cài đặt',
    ]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/exchange/import'));
    expect(within(nav).getByRole('link', { name: 'Nhập số liệu các đơn vị' })).toHaveAttribute('aria-current', 'page');
  });

  it('names the office in the header', async () => {
    await renderApp({ backend: createFakeBackend({ office: sampleOffice }), path: '/reports' });
    const header = await screen.findByRole('banner');
    expect(header).toHaveTextContent('UBND PHƯỜNG NGÔ QUYỀN');
    expect(header).toHaveTextContent('PHÒNG VĂN HÓA – XÃ HỘI');
    expect(screen.getByRole('link', { name: 'Báo cáo' })).toHaveAttribute('aria-current', 'page');
  });

  it('starts with a skip link that moves focus to the content', async () => {
    const { user } = await renderApp({ backend: createFakeBackend({ office: sampleOffice }) });
    await screen.findByRole('navigation');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('says so when a page does not exist', async () => {
    await renderApp({ backend: createFakeBackend({ office: sampleOffice }), path: '/nowhere' });
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeInTheDocument();
  });

  it('shows a translated error when the data cannot be opened', async () => {
    const backend = createFakeBackend();
    backend.override('office.get', () => ({ ok: false, error: { code: 'errors.databaseNewer' } }));
    await renderApp({ backend });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cài phiên bản mới nhất rồi mở lại.',
    );
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    await waitFor(() => expect(backend.callsTo('office.get')).toHaveLength(1));
  });
});
