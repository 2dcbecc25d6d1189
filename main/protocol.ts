import fs from 'node:fs';
import { protocol, type CustomScheme } from 'electron';
import { appHost, appScheme, contentSecurityPolicy } from './security';
import { contentTypeOf, resolveInside } from './static-files';

/** Standard + secure gives app:// a real origin, so CSP 'self', fetch and storage behave as on https. */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/**
 * Maps an app:// request URL to a file inside `rendererDir`, or null (→ 404).
 * Pure, so the path-traversal cases are unit-tested without Electron.
 */
export function fileForAppRequest(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username || url.password) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Backslashes and drive colons are separators or roots on Windows; the renderer never needs them.
  if (/[\\:\0]/.test(decoded) || decoded.split('/').includes('..')) return null;
  return resolveInside(rendererDir, url.pathname);
}

export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Serves the built renderer over app://bao-tro instead of file:// (no file-scheme privileges). */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = fileForAppRequest(rendererDir, request.url);
    if (!file) return notFound();
    try {
      const body = await fs.promises.readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers: appResponseHeaders(file) });
    } catch {
      return notFound();
    }
  });
}
