import { ApiError } from '../../api/client';

/**
 * The field issues main sent with a refusal, kept to the fields a form has, so that each
 * message can be shown beside its field (the rest stays in the form's alert).
 */
export function serverFieldIssues<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): { field: Field; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  return (error.error.details ?? []).flatMap((detail) => {
    const field = fields.find((name) => name === detail.path);
    return field ? [{ field, message: detail.message }] : [];
  });
}
