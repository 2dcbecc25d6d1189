import type { OpenedAttachment } from '../../../../../shared/fund';

type AttachmentFile = NonNullable<OpenedAttachment['file']>;

/** How a file handed over by main was shown: in a new window, or saved as a download (pop-ups blocked). */
export type ShownAs = 'window' | 'download';

/**
 * Browser mode: main hands the file over (it never opens a path the renderer names), and the
 * browser shows it from memory: a new window on a blob, else a download of the same blob.
 */
export function showAttachment(file: AttachmentFile): ShownAs {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  // The viewer may still be reading the blob: let it go a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const opened = window.open(url, '_blank');
  if (opened) {
    opened.opener = null;
    return 'window';
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return 'download';
}

/** "1,2 MB", "350 KB": a file's size as people read it (KB and MB read the same in both languages). */
export function sizeText(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  const megabyte = 1024 * 1024;
  return bytes >= megabyte ? `${format.format(bytes / megabyte)} MB` : `${format.format(Math.max(bytes / 1024, 0.1))} KB`;
}
