import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources?: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: Array<{ target: string; arch: string[] }> };
  nsis: Record<string, unknown>;
  linux: { icon: string; category: string; maintainer: string; target: string[] };
}

const raw: unknown = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const config = raw as BuilderConfig;
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib’s own schema', () => {
    const valid = validate(raw);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check would catch a misspelt option', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('names the app and writes to release/', () => {
    expect(config.appId).toBe('vn.baotro.treem');
    expect(config.productName).toBe('Bảo trợ Trẻ em');
    expect(config.directories.output).toBe('release');
  });

  it('packs only the build output and package.json into an asar', () => {
    expect(config.asar).toBe(true);
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
    for (const source of ['main', 'renderer', 'shared', 'tests', 'scripts']) {
      expect(included.some((pattern) => pattern.startsWith(source)), source).toBe(false);
    }
  });

  it('unpacks better-sqlite3’s prebuilt binaries and never rebuilds them', () => {
    expect(config.asarUnpack.some((pattern) => pattern.includes('better-sqlite3') && pattern.endsWith('.node'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('builds a per-user, Vietnamese NSIS installer for Windows x64 that keeps the data on uninstall', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      installerLanguages: ['vi_VN'],
      language: '1066',
      shortcutName: 'Bảo trợ Trẻ em',
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds AppImage and deb for Linux, filed under Office', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('points at an icon that exists and is a large enough PNG', () => {
    for (const icon of [config.win.icon, config.linux.icon]) {
      const png = fs.readFileSync(path.join(root, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(256);
    }
  });

  it('matches package.json, whose main is the built entry', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; productName: string };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.productName).toBe(config.productName);
  });
});
