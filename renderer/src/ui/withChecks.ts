import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';

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
