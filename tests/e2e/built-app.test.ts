import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy } from '../../main/security';
import { root } from './harness.mjs';

// Checks on what `npm run build` produced (the e2e project runs after the build).
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the built app', () => {
  it('keeps the strict CSP in the page and has no inline script or handler', () => {
    const html = read('out/renderer/index.html');
    expect(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1]).toBe(metaContentSecurityPolicy);
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('has a sandbox-ready preload: one CommonJS file that requires only electron, with no zod', () => {
    const built = read('out/preload/preload.cjs');
    const required = [...built.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(built).not.toMatch(/\bimport\s/);
    expect(built).not.toMatch(/zod/i);
  });
});
