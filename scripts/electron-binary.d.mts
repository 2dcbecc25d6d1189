export declare const defaultDownloadTimeoutMs: number;

export interface DownloadResult {
  ok: boolean;
  detail: string;
}

export type Downloader = (electronDir: string, options: { timeoutMs: number }) => Promise<DownloadResult>;

export declare function missingElectronMessage(detail?: string): string;
export declare function installedElectron(electronDir: string, env?: NodeJS.ProcessEnv): string | null;
export declare function downloadElectron(electronDir: string, options?: { timeoutMs?: number }): Promise<DownloadResult>;
export declare function findElectron(
  electronDir: string,
  options?: { download?: Downloader; timeoutMs?: number; env?: NodeJS.ProcessEnv; onDownload?: () => void },
): Promise<{ path: string | null; detail: string }>;
