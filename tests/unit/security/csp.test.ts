import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/security';

const root = path.resolve(import.meta.dirname, '../../..');
const builtHtml = path.join(root, 'out/renderer/index.html');

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

  it('is the same policy as the meta tag in renderer/index.html', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(contentSecurityPolicy);
  });

  it.skipIf(!fs.existsSync(builtHtml))('survives the build: the built page keeps the policy and has no inline script', () => {
    const html = fs.readFileSync(builtHtml, 'utf8');
    expect(metaPolicy(html)).toBe(contentSecurityPolicy);
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
