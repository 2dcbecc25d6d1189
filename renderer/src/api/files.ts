import type { FileOutput } from '../../../shared/register';
import type { Api } from './client';

/**
 * Saving a file main has made (Excel, PDF). In Electron main shows the save dialog and
 * writes it; in browser mode the browser downloads it. The renderer never sees a path.
 */
export async function saveFile(api: Api, file: FileOutput): Promise<{ saved: boolean }> {
  if (window.baoTro) return api.request('files.save', file);
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

/**
 * Printing a print route. Electron renders it to PDF in a hidden window and asks where to
 * save; in browser mode the print page itself is opened and the browser's print dialog
 * (with "Save as PDF") does the rest.
 */
export async function printDocument(
  api: Api,
  request: { route: string; fileName: string; landscape: boolean },
): Promise<{ saved: boolean }> {
  if (window.baoTro) return api.request('print.pdf', request);
  window.open(`#${request.route}`, '_blank', 'noopener');
  return { saved: false };
}

/** Reads a file the user picked (an <input type="file">) as base64 for main. */
export async function readFileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
