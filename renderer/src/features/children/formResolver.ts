import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver, ResolverOptions, ResolverResult } from 'react-hook-form';
import type { z } from 'zod';

/**
 * zodResolver over a shared schema, for a form whose values differ from the schema's input
 * only in how they are typed (dates as 'dd/mm/yyyy', choices encoded in one select). The
 * converted values are whatever the user typed, so they are checked, not trusted. Error
 * paths stay those of the schema, so the form names its fields after the schema's keys.
 */
export function convertingResolver<TForm extends FieldValues, TSchema extends z.ZodType<unknown, FieldValues>>(
  schema: TSchema,
  toInput: (values: TForm) => Record<string, unknown>,
): Resolver<TForm, unknown, z.output<TSchema>> {
  const inner = zodResolver(schema) as unknown as Resolver<FieldValues, unknown, z.output<TSchema>>;
  return async (values, context, options) => {
    const result = await inner(toInput(values), context, options as unknown as ResolverOptions<FieldValues>);
    return result as unknown as ResolverResult<TForm, z.output<TSchema>>;
  };
}
