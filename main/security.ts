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
