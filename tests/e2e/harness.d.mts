import type { BrowserContext, Page } from 'playwright-core';

export const root: string;
export function tempDir(prefix: string): string;
export interface RunningApp {
  url: string;
  origin: string;
  output(): string;
  stop(): Promise<void>;
}
export function startApp(options: { dataDir: string; extraArgs?: string[] }): Promise<RunningApp>;
export function chromiumPath(): string;
export function openBrowser(options?: {
  viewport?: { width: number; height: number };
  locale?: string;
}): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>;
