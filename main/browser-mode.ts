import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail } from '../shared/errors';
import { openApp } from './app-context';
import { dataDirFromArgs, defaultDataDir } from './data-dir';
import { dispatch, type HandlerContext } from './handlers';
import { AppFailure } from './failure';
import { contentSecurityPolicy } from './security';
import { contentTypeOf, resolveInside } from './static-files';

/**
 * Browser mode: the built renderer and the same IPC handlers over HTTP on 127.0.0.1.
 * Used where no Electron binary can be had (build machines, CI) and by end-to-end tests.
 *
 * Guards: loopback only, random port, a per-run secret token exchanged once for an
 * HttpOnly SameSite=Strict cookie, an exact Host header check (against DNS rebinding),
 * a same-origin check on API calls, and no CORS headers at all.
 */

const maxBodyBytes = 20 * 1024 * 1024;
const cookieName = 'bt_session';

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new AppFailure('errors.invalidInput');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserServer(options: {
  ctx: HandlerContext;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<BrowserServer> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  let origin = '';

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, 'Internal error'));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Misdirected request');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname === '/session') {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) return send(res, 403, 'Forbidden');
      res.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }

    if (url.pathname.startsWith('/api/')) {
      const authorised = sameSecret(cookieValue(req.headers.cookie, cookieName) ?? '', token);
      const sameOrigin = req.headers.origin === undefined || req.headers.origin === origin;
      if (req.method !== 'POST' || !authorised || !sameOrigin) {
        return send(res, 403, JSON.stringify(fail('errors.unauthorized')), 'application/json; charset=utf-8');
      }
      let input: unknown;
      try {
        const text = await readBody(req);
        input = text ? (JSON.parse(text) as { input?: unknown }).input : undefined;
      } catch {
        return send(res, 400, JSON.stringify(fail('errors.invalidInput')), 'application/json; charset=utf-8');
      }
      const answer = await dispatch(options.ctx, url.pathname.slice('/api/'.length), input);
      return send(res, 200, JSON.stringify(answer), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    // Hash routing: every page is index.html; only real files are served besides it.
    const file = resolveInside(options.rendererDir, url.pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'Not found');
    res.writeHead(200, {
      'Content-Type': contentTypeOf(file),
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/session?token=${token}`,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dataDir = path.resolve(dataDirFromArgs(process.argv.slice(2)) ?? defaultDataDir());
  const version = __APP_VERSION__;
  let app;
  try {
    app = await openApp({ dataDir, runtime: 'browser', version });
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'errors.databaseNewer') {
      console.error('Cơ sở dữ liệu do một phiên bản mới hơn của ứng dụng tạo ra; hãy cập nhật ứng dụng.');
      process.exit(2);
    }
    throw error;
  }
  const server = await startBrowserServer({ ctx: app.ctx, rendererDir: path.join(here, '..', 'renderer') });
  console.log(`Bảo trợ Trẻ em – chế độ trình duyệt (browser mode)`);
  console.log(`Dữ liệu / data: ${dataDir}`);
  console.log(`Mở / open: ${server.url}`);
  const stop = () => {
    void server.close().then(() => app.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
