import path from 'node:path';
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    windows: [] as Array<{
      options: unknown;
      loaded: string[];
      onceHandlers: Map<string, () => void>;
      shown: number;
      contentsHandlers: Map<string, (event: { preventDefault: () => void }) => void>;
    }>,
  };
  class BrowserWindow {
    loaded: string[] = [];
    onceHandlers = new Map<string, () => void>();
    shown = 0;
    contentsHandlers = new Map<string, (event: { preventDefault: () => void }) => void>();
    webContents = {
      on: (event: string, listener: (event: { preventDefault: () => void }) => void) => {
        this.contentsHandlers.set(event, listener);
      },
    };
    constructor(readonly options: unknown) {
      state.windows.push(this);
    }
    once(event: string, listener: () => void) {
      this.onceHandlers.set(event, listener);
      return this;
    }
    show() {
      this.shown++;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const showMessageBoxSync = vi.fn((_window: unknown, _options: { buttons: string[] }) => 0);
  const app = {
    getAppPath: () => '/opt/Bao tro/resources/app.asar',
    get isPackaged() {
      return state.isPackaged;
    },
  };
  return { state, BrowserWindow, openExternal, showMessageBoxSync, app };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  dialog: { showMessageBoxSync: fake.showMessageBoxSync },
  shell: { openExternal: fake.openExternal },
}));

const { createMainWindow, denyPermissionsByDefault, hardenWebContents, openPrintWindow } = await import('../../../main/window');

const secureWebPreferences = {
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
  disableBlinkFeatures: 'Auxclick',
  spellcheck: false,
};

function lastWindow() {
  const window = fake.state.windows.at(-1);
  if (!window) throw new Error('no window was created');
  return { ...window, options: window.options as BrowserWindowConstructorOptions };
}

beforeEach(() => {
  fake.state.windows.length = 0;
  fake.state.isPackaged = true;
  fake.openExternal.mockClear();
});

describe('main window', () => {
  it('passes exactly the secure webPreferences, with devtools off when packaged', () => {
    createMainWindow();
    const { options } = lastWindow();
    expect(options.webPreferences).toEqual({
      ...secureWebPreferences,
      devTools: false,
      preload: path.join('/opt/Bao tro/resources/app.asar', 'out', 'preload', 'preload.cjs'),
    });
  });

  it('keeps devtools for a development run, and nothing else changes', () => {
    fake.state.isPackaged = false;
    createMainWindow();
    const { devTools, preload, ...rest } = lastWindow().options.webPreferences ?? {};
    expect(devTools).toBe(true);
    expect(preload).toMatch(/preload\.cjs$/);
    expect(rest).toEqual(secureWebPreferences);
  });

  it('fits a 1366×768 screen and is titled in Vietnamese', () => {
    createMainWindow();
    const { options } = lastWindow();
    expect(options.width).toBeLessThanOrEqual(1366);
    expect(options.height).toBeLessThanOrEqual(768);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.minHeight).toBeLessThanOrEqual(options.height ?? 0);
    expect(options.title).toBe('Bảo trợ Trẻ em');
  });

  it('loads the app over app:// and shows itself only once painted', () => {
    createMainWindow();
    const window = lastWindow();
    expect(window.loaded).toEqual(['app://bao-tro/index.html']);
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(0);
    window.onceHandlers.get('ready-to-show')?.();
    expect(fake.state.windows.at(-1)?.shown).toBe(1);
  });

  it('asks, in Vietnamese, before closing over unsaved edits, and closes only when told to', () => {
    createMainWindow();
    const onPreventUnload = fake.state.windows.at(-1)?.contentsHandlers.get('will-prevent-unload');
    if (!onPreventUnload) throw new Error('no will-prevent-unload handler');
    const stay = { preventDefault: vi.fn() };
    fake.showMessageBoxSync.mockReturnValueOnce(0);
    onPreventUnload(stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    expect(fake.showMessageBoxSync.mock.calls.at(-1)?.[1].buttons).toEqual(['Ở lại', 'Đóng, bỏ các thay đổi']);
    const leave = { preventDefault: vi.fn() };
    fake.showMessageBoxSync.mockReturnValueOnce(1);
    onPreventUnload(leave);
    expect(leave.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('print window', () => {
  it('is never shown, has the same secure webPreferences, and loads the print route inside the app', async () => {
    await openPrintWindow('/print/review?from=2026-01-01&to=2026-06-30');
    const window = lastWindow();
    expect(window.options.show).toBe(false);
    expect(window.onceHandlers.has('ready-to-show')).toBe(false);
    const { devTools: _devTools, preload, ...rest } = window.options.webPreferences ?? {};
    expect(rest).toEqual(secureWebPreferences);
    expect(preload).toMatch(/preload\.cjs$/);
    expect(window.loaded).toEqual(['app://bao-tro/index.html#/print/review?from=2026-01-01&to=2026-06-30']);
  });
});

type Listener = (event: { url: string; preventDefault: () => void }) => void;
type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler = () => ({ action: 'allow' });
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: OpenHandler) {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as WebContents);
  const emit = (event: string, url: string) => {
    const preventDefault = vi.fn();
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no ${event} listener`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { emit, open: (url: string) => openHandler({ url }) };
}

describe('web contents hardening', () => {
  const outside = ['https://evil.example/', 'http://127.0.0.1/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://bao-tro.evil.com/'];

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays inside the app origin', (event) => {
    const contents = fakeContents();
    expect(contents.emit(event, 'app://bao-tro/index.html#/children')).toBe(false);
    for (const url of outside) expect(contents.emit(event, url), url).toBe(true);
  });

  it('never attaches a webview', () => {
    expect(fakeContents().emit('will-attach-webview', 'app://bao-tro/index.html')).toBe(true);
  });

  it('denies every new window and hands only allow-listed https links to the OS browser', () => {
    const contents = fakeContents();
    for (const url of [...outside, 'app://bao-tro/index.html', 'http://chinhphu.vn/', 'https://chinhphu.vn@evil.com/']) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(fake.openExternal).not.toHaveBeenCalled();
    expect(contents.open('https://vanban.chinhphu.vn/')).toEqual({ action: 'deny' });
    expect(fake.openExternal.mock.calls).toEqual([['https://vanban.chinhphu.vn/']]);
  });
});

describe('session permissions', () => {
  it('denies permission requests, checks and devices by default', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void) | undefined;
    let check: ((contents: unknown, permission: string, origin: string) => boolean) | undefined;
    let device: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      setDevicePermissionHandler: (handler: typeof device) => (device = handler),
    };
    denyPermissionsByDefault(session as unknown as Session);

    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request?.(null, permission, callback, { requestingUrl: 'app://bao-tro/index.html' });
      expect(callback.mock.calls, permission).toEqual([[false]]);
      expect(check?.(null, permission, 'app://bao-tro'), permission).toBe(false);
    }
    expect(device?.()).toBe(false);
  });
});
