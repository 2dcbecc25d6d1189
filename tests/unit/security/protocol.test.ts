import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resolveInside } from '../../../main/static-files';

type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response>;

const schemes = vi.hoisted(() => new Map<string, ProtocolHandler>());
vi.mock('electron', () => ({ protocol: { handle: (scheme: string, handler: ProtocolHandler) => schemes.set(scheme, handler) } }));

const { appResponseHeaders, appSchemePrivileges, fileForAppRequest, registerAppProtocol } = await import('../../../main/protocol');
const { contentSecurityPolicy } = await import('../../../main/security');

const root = path.resolve('/srv/app/out/renderer');

function isInside(file: string): boolean {
  return file.startsWith(root + path.sep);
}

describe('app:// request → file (pure mapping)', () => {
  it('maps the app’s own files inside the renderer folder', () => {
    expect(fileForAppRequest(root, 'app://bao-tro/index.html')).toBe(path.join(root, 'index.html'));
    expect(fileForAppRequest(root, 'app://bao-tro/')).toBe(path.join(root, 'index.html'));
    expect(fileForAppRequest(root, 'app://bao-tro/assets/index-Ab12.js?v=1#x')).toBe(path.join(root, 'assets', 'index-Ab12.js'));
    expect(fileForAppRequest(root, 'app://bao-tro/fonts/Be%20Vietnam.woff2')).toBe(path.join(root, 'fonts', 'Be Vietnam.woff2'));
  });

  it.each([
    'app://bao-tro/..%2f..%2fetc%2fpasswd',
    'app://bao-tro/assets/..%2F..%2F..%2Fetc/passwd',
    'app://bao-tro/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://bao-tro/..%5c..%5cwindows%5cwin.ini',
    'app://bao-tro/assets\\..\\..\\secret',
    'app://bao-tro/index.html%00.png',
    'app://bao-tro/%00',
    'app://bao-tro/C:/Windows/win.ini',
    'app://bao-tro/C%3A%5CWindows%5Cwin.ini',
    'app://bao-tro/%E0%A4%A',
    'app://evil/index.html',
    'app://bao-tro.evil.com/index.html',
    'app://bao-tro@evil.com/index.html',
    'app://user@bao-tro/index.html',
    'https://bao-tro/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(fileForAppRequest(root, url)).toBeNull();
  });

  it.each([
    'app://bao-tro/../../etc/passwd',
    'app://bao-tro/%2e%2e/%2e%2e/etc/passwd',
    'app://bao-tro/.%2E/.%2e/etc/passwd',
    'app://bao-tro/assets/../../../../etc/passwd',
    'app://bao-tro//etc/passwd',
    'app://bao-tro/%252e%252e/%252e%252e/etc/passwd',
  ])('never leaves the renderer folder for %s', (url) => {
    // URL parsing already folds dot segments at the root; whatever is left must stay inside.
    const file = fileForAppRequest(root, url);
    expect(file === null || isInside(file), String(file)).toBe(true);
  });

  it('the shared guard itself refuses traversal, encoded dots, null bytes and bad encodings', () => {
    expect(resolveInside(root, '/../../etc/passwd')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside(root, '/assets/../../x')).toBeNull();
    expect(resolveInside(root, '/index.html\0.png')).toBeNull();
    expect(resolveInside(root, '/%00')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInside(root, '/..')).toBeNull();
    expect(resolveInside(root, '/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });
});

describe('app:// handler', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-tro-protocol-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  registerAppProtocol(rendererDir);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => {
    const handler = schemes.get('app');
    if (!handler) throw new Error('app:// was not registered');
    return handler({ url, method });
  };

  it('registers the scheme as standard, secure and fetch-capable', () => {
    expect(appSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect([...schemes.keys()]).toEqual(['app']);
  });

  it('serves the page and scripts with their types and the CSP header', async () => {
    const page = await get('app://bao-tro/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>ok</title>');
    const script = await get('app://bao-tro/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(appResponseHeaders('x.js')['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

  it('answers 404 for missing files, folders, other hosts and traversal', async () => {
    for (const url of [
      'app://bao-tro/missing.js',
      'app://bao-tro/assets',
      'app://evil/index.html',
      'app://bao-tro/..%2fsecret.txt',
      'app://bao-tro/../secret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the renderer folder');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bao-tro/index.html', 'POST')).status).toBe(405);
    expect((await get('app://bao-tro/index.html', 'HEAD')).status).toBe(200);
  });
});
