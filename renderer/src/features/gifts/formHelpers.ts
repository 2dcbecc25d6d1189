import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { parseMoney } from '../../../../shared/format';

/**
 * Money as typed ("500.000", "500000", "500.000 đ") → whole đồng for the shared schemas. A blank
 * field gives `blank`; text that does not read as money is passed on as it is, so that the
 * schema answers 'validation.money'.
 */
export function moneyForSchema<Blank extends number | undefined>(text: string, blank: Blank): number | string | Blank {
  const trimmed = text.trim();
  if (trimmed === '') return blank;
  return parseMoney(trimmed) ?? trimmed;
}

/** A whole number as typed (a year, an age, months) → number; '' → null; anything else as typed. */
export function wholeNumberForSchema(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The budget as the form shows it: the amounts that read as money, added up. */
export function sumMoney(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + (parseMoney(text.trim()) ?? 0), 0);
}

/** A form-level check the schema cannot make (it depends on the screen's state), as a path and an i18n key. */
export interface FormCheck {
  path: string;
  message: string;
}

function errorAt(errors: FieldErrors, path: string): FieldError | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null && 'message' in node ? (node as FieldError) : undefined;
}

function setErrorAt(errors: FieldErrors, path: string, error: FieldError): void {
  const parts = path.split('.');
  let node = errors as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node[part] = typeof next === 'object' && next !== null ? next : {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  if (last !== undefined) node[last] = error;
}

/**
 * Adds checks to a resolver: each check's message replaces the schema's at its path (an empty
 * choice reads "required", not "invalid"), or is added when the schema had none.
 */
export function withChecks<TForm extends FieldValues, TOutput>(
  resolver: Resolver<TForm, unknown, TOutput>,
  checks: (values: TForm) => FormCheck[],
): Resolver<TForm, unknown, TOutput> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const found = checks(values);
    if (found.length === 0) return result;
    const errors: FieldErrors = { ...result.errors };
    for (const check of found) {
      const existing = errorAt(errors, check.path);
      setErrorAt(errors, check.path, { ...(existing ?? {}), type: 'check', message: check.message });
    }
    return { values: {}, errors } as Awaited<ReturnType<Resolver<TForm, unknown, TOutput>>>;
  };
}

/** "Tết Nguyên đán 2027" → "Tet Nguyen dan 2027": a file name that every system and mail client keeps. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
