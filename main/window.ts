import path from 'node:path';
import { app, BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { appEntryUrl, isAllowedExternalUrl, isAllowedNavigation, isPermissionAllowed } from './security';

/** The sandboxed preload, built by electron-vite next to out/main (inside app.asar when packaged). */
export function preloadPath(): string {
  return path.join(app.getAppPath(), 'out', 'preload', 'preload.cjs');
}

/**
 * Every window of the app: the main one, and hidden ones that render a print page to PDF.
 * Sized for the 1366×768 screens common in commune offices.
 */
function newAppWindow(): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 760,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Bảo trợ Trẻ em',
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !app.isPackaged,
      preload: preloadPath(),
    },
  });
}

/** The main window. */
export function createMainWindow(): BrowserWindow {
  const window = newAppWindow();
  // Showing only when painted avoids a white flash on slow office machines.
  window.once('ready-to-show', () => window.show());
  // A form with unsaved edits asks the page to stay (beforeunload); Electron would then ignore
  // the close silently, so the user is asked here, in Vietnamese, as in the app.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Ở lại', 'Đóng, bỏ các thay đổi'],
      defaultId: 0,
      cancelId: 0,
      title: 'Bảo trợ Trẻ em',
      message: 'Có thay đổi chưa lưu',
      detail: 'Nếu đóng bây giờ, những gì vừa nhập mà chưa lưu sẽ mất.',
    });
    if (choice === 1) event.preventDefault();
  });
  void window.loadURL(appEntryUrl);
  return window;
}

/** A window that is never shown: it loads a print route (e.g. "/print/review?…") for printToPDF. */
export async function openPrintWindow(route: string): Promise<BrowserWindow> {
  const window = newAppWindow();
  await window.loadURL(`${appEntryUrl}#${route}`);
  return window;
}

/** Applied to every web contents ever created: the app never leaves its origin or opens windows. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link to an allow-listed official site opens in the user's browser, never in the app.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, location, notifications, devices…: denied unless the allow-map grants them. */
export function denyPermissionsByDefault(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
