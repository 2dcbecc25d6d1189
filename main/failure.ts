import type { ErrorCode, FieldIssue } from '../shared/errors';

/** A refusal a handler can throw; ipc turns it into `{ok: false, error: {code}}`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: FieldIssue[],
  ) {
    super(code);
    this.name = 'AppFailure';
  }
}
