/** Injected at build time by electron.vite.config.ts (and vitest.config.ts). */
declare const __APP_VERSION__: string;
