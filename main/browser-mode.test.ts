import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../tests/fixtures/context';
import { startBrowserServer, type BrowserServer } from './browser-mode';
import { contentSecurityPolicy } from './security';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so that tests can forge the Host and Origin headers a browser would not. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let t: Awaited<ReturnType<typeof createTestContext>>;
let server: BrowserServer;
let rendererDir: string;
const token = 'test-token-0123456789';

beforeAll(async () => {
  t = await createTestContext();
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'bt-secret.txt'), 'secret');
  server = await startBrowserServer({ ctx: t.ctx, rendererDir, token });
});

afterAll(async () => {
  await server.close();
  await t.close();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

const api = (channel: string, headers: Record<string, string> = {}, input?: unknown) =>
  request(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ input }),
  });
const cookie = { Cookie: `bt_session=${token}` };

describe('browser mode server', () => {
  it('listens on loopback and prints a session URL with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/session?token=${token}`);
  });

  it('exchanges the right token for an HttpOnly, SameSite=Strict cookie', async () => {
    const wrong = await request(server.port, { path: '/session?token=guess' });
    expect(wrong.status).toBe(403);
    const right = await request(server.port, { path: `/session?token=${token}` });
    expect(right.status).toBe(303);
    expect(right.headers['set-cookie']?.[0]).toBe(`bt_session=${token}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('answers API calls only with the session cookie', async () => {
    const without = await api('app.info');
    expect(without.status).toBe(403);
    expect(JSON.parse(without.body)).toEqual({ ok: false, error: { code: 'errors.unauthorized' } });
    const forged = await api('app.info', { Cookie: 'bt_session=test-token-0123456788' });
    expect(forged.status).toBe(403);
    const withCookie = await api('app.info', cookie);
    expect(JSON.parse(withCookie.body)).toMatchObject({ ok: true, data: { runtime: 'browser' } });
  });

  it('refuses another Host header (DNS rebinding) and a cross-origin caller', async () => {
    const rebinding = await request(server.port, { method: 'POST', path: '/api/app.info', headers: { Host: `evil.example:${server.port}`, ...cookie } });
    expect(rebinding.status).toBe(421);
    const crossOrigin = await api('app.info', { ...cookie, Origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    expect(crossOrigin.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('runs the same handlers: invalid input gets field issues, valid input is saved', async () => {
    const bad = await api('office.save', cookie, { name: '' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
    const garbled = await request(server.port, { method: 'POST', path: '/api/office.get', headers: cookie, body: '{not json' });
    expect(JSON.parse(garbled.body)).toEqual({ ok: false, error: { code: 'errors.invalidInput' } });
  });

  it('serves the renderer with the CSP header and never a file outside it', async () => {
    const index = await request(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy);
    for (const attempt of ['/../bt-secret.txt', '/%2e%2e/bt-secret.txt', '/..%2fbt-secret.txt', '/%00index.html']) {
      const reply = await request(server.port, { path: attempt });
      expect(reply.status, attempt).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });
});
