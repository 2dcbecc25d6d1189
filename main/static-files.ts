import path from 'node:path';

/**
 * Maps a request path to a file inside `root`, or null when it would leave it.
 * Used by the app:// protocol and by browser mode; the guard is the same for both.
 */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const absoluteRoot = path.resolve(root);
  const target = path.resolve(absoluteRoot, relative);
  const inside = target === absoluteRoot || target.startsWith(absoluteRoot + path.sep);
  return inside && target !== absoluteRoot ? target : null;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
