import { z } from 'zod';
import { deliveryAllSchema, deliveryMarkSchema } from '../../../../../shared/schemas/gifts';

/** Marking needs the day of the visit (only undo clears it), and who took a gift for a child. */
export const markFormSchema = deliveryMarkSchema.superRefine((input, context) => {
  if (input.status !== 'pending' && input.date === null) {
    context.addIssue({ code: 'custom', path: ['date'], message: 'validation.required' });
  }
  if (input.status === 'receivedByGuardian' && input.receivedBy === null) {
    context.addIssue({ code: 'custom', path: ['receivedBy'], message: 'validation.required' });
  }
});

/** "All received": an exception received by someone else names who. */
export const allReceivedFormSchema = deliveryAllSchema.superRefine((input, context) => {
  input.exceptions.forEach((exception, index) => {
    if (exception.status === 'receivedByGuardian' && exception.receivedBy === null) {
      context.addIssue({ code: 'custom', path: ['exceptions', index, 'receivedBy'], message: 'validation.required' });
    }
  });
});

export type MarkInput = z.output<typeof markFormSchema>;
export type AllReceivedInput = z.output<typeof allReceivedFormSchema>;
