import path from 'node:path';
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { openApp, type OpenedApp } from './app-context';
import { dataDirFromArgs, defaultDataDir } from './data-dir';
import { AppFailure } from './failure';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { clearOpenedCopies, electronPlatform } from './platform-electron';
import { appSchemePrivileges, registerAppProtocol } from './protocol';
import { createMainWindow, denyPermissionsByDefault, hardenWebContents } from './window';

const appTitle = 'Bảo trợ Trẻ em';

// Privileged schemes can only be registered before 'ready'.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

// Browser mode computes the same folder, so both open one database. userData must be set
// before 'ready', and the single-instance lock lives in it: one app per data folder.
const dataDir = path.resolve(dataDirFromArgs(process.argv) ?? defaultDataDir());
app.setPath('userData', dataDir);
app.setPath('sessionData', path.join(dataDir, 'session'));

let opened: OpenedApp | undefined;
let mainWindow: BrowserWindow | undefined;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function openDatabase(): Promise<OpenedApp | undefined> {
  try {
    return await openApp({
      dataDir,
      runtime: 'electron',
      version: __APP_VERSION__,
      platform: electronPlatform(() => mainWindow),
    });
  } catch (error) {
    const newer = error instanceof AppFailure && error.code === 'errors.databaseNewer';
    dialog.showErrorBox(
      appTitle,
      newer
        ? 'Cơ sở dữ liệu này do phiên bản mới hơn của ứng dụng tạo ra. Vui lòng cài phiên bản mới nhất.'
        : `Không mở được cơ sở dữ liệu trong thư mục:\n${dataDir}`,
    );
    // Only the kind of failure: messages can carry user data.
    console.error('[app] could not open the database:', error instanceof Error ? error.name : typeof error);
    return undefined;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  await clearOpenedCopies();
  denyPermissionsByDefault(session.defaultSession);
  opened = await openDatabase();
  if (!opened) return app.quit();
  registerAppProtocol(path.join(app.getAppPath(), 'out', 'renderer'));
  registerIpcHandlers(opened.ctx);
  installApplicationMenu({ isPackaged: app.isPackaged, version: __APP_VERSION__ });
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    // Close the database (WAL checkpoint) before the process goes away.
    const closing = opened;
    if (!closing) return;
    opened = undefined;
    event.preventDefault();
    void Promise.allSettled([closing.close(), clearOpenedCopies()]).finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    console.error('[app] start-up failed:', error instanceof Error ? error.name : typeof error);
    app.exit(1);
  });
}
