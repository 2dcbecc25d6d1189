/**
 * Pure security policy for the Electron shell and browser mode. No Electron imports here,
 * so every rule is unit-tested without the Electron binary.
 */

/**
 * The strict Content-Security-Policy. renderer/index.html carries the same policy in a meta
 * tag (a test checks they agree); main also sends it as a header on every app:// response
 * and browser mode on every HTTP response.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The same policy for the meta tag: browsers ignore (and complain about) frame-ancestors there. */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** The renderer is served from this custom scheme and host instead of file://. */
export const appScheme = 'app';
export const appHost = 'bao-tro';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * Hosts that `shell.openExternal` may open (exact match, https only). Official government
 * sites only: anything else could hand a crafted link to the OS.
 */
export const externalHosts: readonly string[] = ['chinhphu.vn', 'vanban.chinhphu.vn', 'moh.gov.vn'];

/**
 * Web permissions the app may be granted. Nothing is needed today; an entry here must say
 * which feature needs it. Everything missing is denied.
 */
export const permissionAllowMap: Readonly<Partial<Record<string, true>>> = {};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Exactly our origin: the app scheme, our host, no port and no userinfo tricks. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** IPC is answered only for the app's own page in the main frame (no iframes, no other origin). */
export function isTrustedSender(sender: { url: string; isMainFrame: boolean }): boolean {
  return sender.isMainFrame && isAppUrl(sender.url);
}

/** The app is a single page with hash routing: it never needs to leave its origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    externalHosts.includes(parsed.hostname)
  );
}

/** Deny by default; an own property of the allow-map, for the app's own origin only. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return Object.hasOwn(permissionAllowMap, permission) && permissionAllowMap[permission] === true && isAppUrl(requestingUrl);
}
