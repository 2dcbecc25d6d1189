import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../main/security';

const root = path.resolve(import.meta.dirname, '../../..');

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
}

describe('Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('allows no eval, no inline code and no wildcard anywhere', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    for (const sources of policy.values()) expect(sources).not.toContain('*');
  });

  it('loads nothing from another origin (no http, https, ws or bare hosts)', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        const allowed = source === "'self'" || source === "'none'" || (name === 'img-src' && source === 'data:');
        expect(allowed, `${name} ${source}`).toBe(true);
      }
    }
  });

  it('locks down scripts, plugins, base URL, forms and framing', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the same policy as the meta tag in renderer/index.html, less what a meta tag cannot carry', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(metaContentSecurityPolicy);
    expect(metaContentSecurityPolicy).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''));
  });
});
