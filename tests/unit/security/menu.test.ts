import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: {}, dialog: {}, Menu: {} }));

const { menuTemplate } = await import('../../../main/menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const developerRoles = ['toggleDevTools', 'forceReload'];

describe('application menu', () => {
  const production = menuTemplate({ isPackaged: true, showAbout: () => undefined });

  it('has the Vietnamese top-level menus in order', () => {
    expect(production.map((menu) => menu.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it('labels every item in Vietnamese and keeps the platform roles', () => {
    const labelled = items(production)
      .filter((item) => item.type !== 'separator')
      .map((item) => [item.label, item.role ?? null]);
    expect(labelled).toEqual([
      ['Tệp', null],
      ['Thoát', 'quit'],
      ['Sửa', null],
      ['Hoàn tác', 'undo'],
      ['Làm lại', 'redo'],
      ['Cắt', 'cut'],
      ['Sao chép', 'copy'],
      ['Dán', 'paste'],
      ['Chọn tất cả', 'selectAll'],
      ['Xem', null],
      ['Tải lại', 'reload'],
      ['Phóng to', 'zoomIn'],
      ['Thu nhỏ', 'zoomOut'],
      ['Cỡ thật', 'resetZoom'],
      ['Toàn màn hình', 'togglefullscreen'],
      ['Trợ giúp', null],
      ['Giới thiệu…', null],
    ]);
  });

  it('has no developer tools in a packaged build', () => {
    const roles = items(production).map((item) => item.role);
    for (const role of developerRoles) expect(roles).not.toContain(role);
  });

  it('offers developer tools only when running from source', () => {
    const development = menuTemplate({ isPackaged: false, showAbout: () => undefined });
    expect(items(development).map((item) => item.role)).toContain('toggleDevTools');
  });

  it('opens the about box from Trợ giúp → Giới thiệu…', () => {
    const showAbout = vi.fn();
    const about = items(menuTemplate({ isPackaged: true, showAbout })).find((item) => item.label === 'Giới thiệu…');
    const click = about?.click as (() => void) | undefined;
    click?.();
    expect(showAbout).toHaveBeenCalledTimes(1);
  });
});
