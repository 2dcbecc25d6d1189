import { z } from 'zod';

/** Bytes the renderer hands back to main to save where the user chooses (Electron only). */
export const fileOutputSchema = z.object({
  fileName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/),
  mimeType: z.string().min(1).max(100),
  base64: z.string().max(80 * 1024 * 1024),
});

/** Print a renderer print route to PDF (Electron: hidden window + printToPDF + save dialog). */
export const printPdfSchema = z.object({
  route: z.string().regex(/^\/print\/[\w/?=&.%-]*$/),
  fileName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+\.pdf$/),
  landscape: z.boolean().default(false),
});
