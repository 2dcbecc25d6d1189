import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isPermissionAllowed,
  isTrustedSender,
} from '../../../main/security';

// Addresses an attacker could slip into a link, a redirect or an iframe.
const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'http://bao-tro/index.html',
  'https://bao-tro/index.html',
  'http://127.0.0.1:3000/',
  'https://evil.example/',
  'app://evil/index.html',
  'app://bao-tro.evil.com/index.html',
  'app://evil.com/bao-tro/index.html',
  'app://bao-tro@evil.com/index.html',
  'app://user:pass@bao-tro/index.html',
  'app://bao-tro:8080/index.html',
  'app:/index.html',
  'app:bao-tro/index.html',
  'blob:app://bao-tro/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '',
  'not a url',
];

describe('navigation', () => {
  it('allows the app’s own pages, whatever the route', () => {
    expect(isAllowedNavigation(appEntryUrl)).toBe(true);
    expect(isAllowedNavigation('app://bao-tro/index.html#/children?id=1')).toBe(true);
    expect(isAllowedNavigation('app://bao-tro/')).toBe(true);
  });

  it.each(hostileUrls)('denies %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('IPC sender', () => {
  it('trusts only the app origin in the main frame', () => {
    expect(isTrustedSender({ url: appEntryUrl, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://bao-tro/index.html#/office', isMainFrame: true })).toBe(true);
  });

  it('refuses a sub-frame, even one of our own pages', () => {
    expect(isTrustedSender({ url: appEntryUrl, isMainFrame: false })).toBe(false);
  });

  it.each(hostileUrls)('refuses a main frame at %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
  });
});

describe('external links (shell.openExternal)', () => {
  it('allows https links to the allow-listed official sites', () => {
    expect(isAllowedExternalUrl('https://chinhphu.vn/')).toBe(true);
    expect(isAllowedExternalUrl('https://vanban.chinhphu.vn/?pageid=27160&docid=1')).toBe(true);
    expect(isAllowedExternalUrl('https://moh.gov.vn/tin-tuc')).toBe(true);
  });

  it.each([
    ...hostileUrls,
    'http://chinhphu.vn/',
    'ftp://chinhphu.vn/',
    'https://chinhphu.vn.evil.com/',
    'https://evilchinhphu.vn/',
    'https://sub.moh.gov.vn/',
    'https://chinhphu.vn@evil.com/',
    'https://evil.com@chinhphu.vn/',
    'https://user:pw@chinhphu.vn/',
    'https://chinhphu.vn:8443/',
    'https://chinhphu.vn./',
    'https://evil.com/https://chinhphu.vn/',
    'https://evil.com/?next=https://chinhphu.vn/',
    'file://chinhphu.vn/etc/passwd',
    'javascript://chinhphu.vn/%0aalert(1)',
    '//chinhphu.vn/',
    'chinhphu.vn',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('web permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'unknown',
  ])('denies %s, even to the app itself', (permission) => {
    expect(isPermissionAllowed(permission, appEntryUrl)).toBe(false);
    expect(isPermissionAllowed(permission, 'app://bao-tro')).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'is not fooled by the prototype name %s',
    (permission) => {
      expect(isPermissionAllowed(permission, appEntryUrl)).toBe(false);
    },
  );

  it('denies every permission to a foreign origin', () => {
    expect(isPermissionAllowed('media', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('notifications', 'app://bao-tro.evil.com')).toBe(false);
  });
});
