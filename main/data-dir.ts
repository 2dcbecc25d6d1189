import os from 'node:os';
import path from 'node:path';

/** The folder name under the OS's per-user application data folder. */
export const appFolderName = 'bao-tro-tre-em';
export const databaseFileName = 'bao-tro.sqlite';

/**
 * The per-user data folder, computed the same way in Electron and in browser mode so that
 * both open the same database: %APPDATA% on Windows, Application Support on macOS,
 * $XDG_CONFIG_HOME (or ~/.config) elsewhere.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appFolderName);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), appFolderName);
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from the command line. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}
