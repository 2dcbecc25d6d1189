import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Packaged builds get no developer tools item. */
  isPackaged: boolean;
  showAbout: () => void;
}

/** The application menu in Vietnamese; roles keep the platform's shortcuts. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ label: 'Công cụ nhà phát triển', role: 'toggleDevTools' }];
  return [
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: 'quit' }] },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Tải lại', role: 'reload' },
        ...developerItems,
        { type: 'separator' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ thật', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu…', click: () => options.showAbout() }] },
  ];
}

export function installApplicationMenu(options: { isPackaged: boolean; version: string }): void {
  const showAbout = () => {
    const about = {
      type: 'info' as const,
      title: 'Giới thiệu',
      message: 'Bảo trợ Trẻ em',
      detail: `Phiên bản ${options.version}\nSổ theo dõi trẻ em có hoàn cảnh đặc biệt.`,
      buttons: ['Đóng'],
    };
    const owner = BrowserWindow.getFocusedWindow();
    void (owner ? dialog.showMessageBox(owner, about) : dialog.showMessageBox(about));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isPackaged: options.isPackaged, showAbout })));
}
