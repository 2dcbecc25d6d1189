import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/channels';
import { contract } from '../../../shared/contract';

const root = path.resolve(import.meta.dirname, '../../..');

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke },
}));

await import('../../../main/preload');

function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

describe('preload bridge', () => {
  it('exposes one object, window.baoTro, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['baoTro']);
  });

  it('has exactly the contract’s channels, each a function', () => {
    const bridge = electron.exposed.get('baoTro') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(contract).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('each function invokes its own channel with the input, and returns the answer', async () => {
    const bridge = electron.exposed.get('baoTro') as Record<string, (input: unknown) => Promise<unknown>>;
    for (const channel of channelNames) {
      electron.invoke.mockClear();
      const input = { probe: channel };
      await expect(bridge[channel]?.(input)).resolves.toEqual({ channel, input });
      expect(electron.invoke.mock.calls).toEqual([[channel, input]]);
    }
  });

  it('imports nothing but electron and the channel list (no zod, no logic)', () => {
    const source = fs.readFileSync(path.join(root, 'main/preload.ts'), 'utf8');
    expect(importsOf(source).sort()).toEqual(['../shared/channels', 'electron']);
    expect(importsOf(fs.readFileSync(path.join(root, 'shared/channels.ts'), 'utf8'))).toEqual([]);
  });
});
