/**
 * Error codes that cross the IPC boundary. Each code is also an i18n key, so the
 * renderer shows it as a translated message; main never sends an Error object.
 */
export const errorCodes = [
  'errors.invalidInput',
  'errors.unknownChannel',
  'errors.untrustedSender',
  'errors.unauthorized',
  'errors.notFound',
  'errors.officeNotSetUp',
  'errors.areaMismatch',
  'errors.databaseNewer',
  'errors.notSupported',
  'errors.duplicatePersonalId',
  'errors.childLeft',
  'errors.membershipClosed',
  'errors.importInvalid',
  'errors.importUnreadable',
  'errors.campaignFrozen',
  'errors.campaignNotFrozen',
  'errors.campaignHasDeliveries',
  'errors.campaignHasFundPostings',
  'errors.frozenCampaignDelete',
  'errors.recipientExists',
  'errors.childNotEligible',
  'errors.startDateExcludesChildren',
  'errors.reasonRequired',
  'errors.receiptNoTaken',
  'errors.periodLocked',
  'errors.periodNotEnded',
  'errors.periodClosed',
  'errors.futureDate',
  'errors.fundOverdraft',
  'errors.earmarkMismatch',
  'errors.supportTransition',
  'errors.exceedsApproved',
  'errors.alreadyReversed',
  'errors.notReversible',
  'errors.reversalBeforeOriginal',
  'errors.goodsShortage',
  'errors.attachmentInvalid',
  'errors.attachmentMissing',
  'errors.packageUnreadable',
  'errors.packageUnknownVersion',
  'errors.packageWrongPassphrase',
  'errors.packageCorrupted',
  'errors.packageTooLarge',
  'errors.officeModeOnly',
  'errors.provinceModeOnly',
  'errors.officeCodeMissing',
  'errors.passphraseNotSet',
  'errors.passphraseMismatch',
  'errors.stagedFileMissing',
  'errors.stagingFull',
  'errors.importBlocked',
  'errors.receiptUnreadable',
  'errors.receiptNotGenuine',
  'errors.receiptUnknownExport',
  'errors.receiptOtherOffice',
  'errors.connection',
  'errors.internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of the input; `message` is an i18n key. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  details?: FieldIssue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, details?: FieldIssue[]): Result<never> =>
  details ? { ok: false, error: { code, details } } : { ok: false, error: { code } };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
