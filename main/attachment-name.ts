import type { AttachmentMimeType } from '../shared/codes/fund';

/**
 * The name of the copy of an attachment that the system's viewer opens. The viewer picks the
 * program by the extension, so it is the one of the type the bytes really are, never the one
 * the user's name ends with ("quyết định.pdf.exe" opens as a PDF). The rest of the name is the
 * user's, cleaned so that every system can write it and nothing in it can hide the extension
 * or point elsewhere.
 */

const extensions: Record<AttachmentMimeType, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' };

export const fallbackAttachmentStem = 'tep-dinh-kem';
const maxStemLength = 100;

/** What may follow the last dot to count as an extension: "pdf", "jpeg", "tar"; not "2 bản chụp". */
const userExtension = /\.[\p{L}\p{N}]{1,8}$/u;
/** Path separators, Windows' forbidden characters, control and invisible format characters (e.g. U+202E, which reverses the text after it). */
const unsafe = /[/\\<>:"|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Names Windows keeps for devices, with or without an extension ("nul.txt" is the device too). */
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/iu;

function cut(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : characters.slice(0, max).join('');
}

/** Spaces and dots at either end are dropped: Windows drops trailing ones itself, leading dots hide a file. */
const trimEnds = (text: string) => text.replace(/^[\s.]+|[\s.]+$/gu, '');

export function attachmentOpenName(fileName: string, mimeType: AttachmentMimeType): string {
  const withoutExtension = fileName.normalize('NFC').replace(userExtension, '');
  const cleaned = trimEnds(withoutExtension.replace(unsafe, '').replace(/\s+/gu, ' '));
  const stem = trimEnds(cut(cleaned, maxStemLength));
  const safe = stem === '' || reserved.test(stem) ? fallbackAttachmentStem : stem;
  return `${safe}${extensions[mimeType]}`;
}
