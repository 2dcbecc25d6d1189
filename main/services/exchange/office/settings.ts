import type { Kysely } from 'kysely';
import type { ExchangeSettings } from '../../../../shared/exchange';
import { exchangeSettingsSchema, type ExchangeSettingsInput } from '../../../../shared/schemas/exchange';
import type { OfficeArea } from '../../../../shared/schemas/office';
import type { Clock } from '../../../clock';
import type { Database } from '../../../db/schema';
import { AppFailure } from '../../../failure';
import { recordAudit } from '../../audit';
import { deriveKey, verifierMatches } from '../file/package-crypto';
import { deriveWritingKey } from '../file/package-file';
import { requireMode } from '../mode';
import { isOfficeCode } from '../file-names';
import type { KdfParams } from '../file/package-format';

/**
 * The office's exchange settings (app_setting). The passphrase agreed with the province is
 * never stored: only a check of it (scrypt parameters and the verifier its key gives), so that
 * an export can tell a mistyped passphrase before the province does.
 */
export const exchangeSettingKeys = {
  officeCode: 'exchange.officeCode',
  includePersonalIds: 'exchange.includePersonalIds',
  includeGuardianPhones: 'exchange.includeGuardianPhones',
  passphraseCheck: 'exchange.passphraseCheck',
} as const;

export interface PassphraseCheck {
  kdf: KdfParams;
  /** base64 */
  verifier: string;
}

type Db = Kysely<Database>;

async function readAll(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('app_setting')
    .select(['key', 'value'])
    .where('key', 'in', Object.values(exchangeSettingKeys))
    .execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

async function write(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

function parseCheck(value: string | undefined): PassphraseCheck | null {
  if (value === undefined) return null;
  try {
    const parsed = JSON.parse(value) as Partial<PassphraseCheck>;
    const kdf = parsed.kdf;
    if (!kdf || kdf.name !== 'scrypt' || typeof kdf.salt !== 'string' || typeof parsed.verifier !== 'string') return null;
    return { kdf, verifier: parsed.verifier };
  } catch {
    return null;
  }
}

export async function readSettings(db: Db): Promise<ExchangeSettings> {
  const values = await readAll(db);
  return {
    officeCode: values.get(exchangeSettingKeys.officeCode) ?? '',
    includePersonalIds: values.get(exchangeSettingKeys.includePersonalIds) === '1',
    includeGuardianPhones: values.get(exchangeSettingKeys.includeGuardianPhones) === '1',
    passphraseSet: parseCheck(values.get(exchangeSettingKeys.passphraseCheck)) !== null,
  };
}

export async function readPassphraseCheck(db: Db): Promise<PassphraseCheck | null> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', exchangeSettingKeys.passphraseCheck).executeTakeFirst();
  return parseCheck(row?.value);
}

/** Office mode only. The input is parsed already (exchangeSettingsSchema: the code trimmed, ASCII). */
export async function saveExchangeSettings(db: Db, clock: Clock, input: ExchangeSettingsInput): Promise<ExchangeSettings> {
  const office = await requireMode(db, 'office');
  await db.transaction().execute(async (trx) => {
    await write(trx, exchangeSettingKeys.officeCode, input.officeCode.trim());
    await write(trx, exchangeSettingKeys.includePersonalIds, input.includePersonalIds ? '1' : '0');
    await write(trx, exchangeSettingKeys.includeGuardianPhones, input.includeGuardianPhones ? '1' : '0');
    await recordAudit(trx, clock, { officeId: office.id, action: 'update', entity: 'exchange_settings', entityId: null });
  });
  return readSettings(db);
}

/** Sets or replaces the passphrase check (office mode only); refuses a passphrase under 12 characters. */
export async function setPassphrase(db: Db, clock: Clock, passphrase: string): Promise<void> {
  const office = await requireMode(db, 'office');
  const key = await deriveWritingKey(passphrase);
  const check: PassphraseCheck = { kdf: key.kdf, verifier: key.verifier.toString('base64') };
  await db.transaction().execute(async (trx) => {
    await write(trx, exchangeSettingKeys.passphraseCheck, JSON.stringify(check));
    await recordAudit(trx, clock, { officeId: office.id, action: 'update', entity: 'exchange_passphrase', entityId: null });
  });
}

export async function passphraseMatches(check: PassphraseCheck, passphrase: string): Promise<boolean> {
  const key = await deriveKey(passphrase, check.kdf);
  return verifierMatches(key, Buffer.from(check.verifier, 'base64'));
}

/** Refuses unless a passphrase is set and this is it (errors.passphraseNotSet / passphraseMismatch). */
export async function requirePassphrase(db: Db, passphrase: string): Promise<void> {
  const check = await readPassphraseCheck(db);
  if (!check) throw new AppFailure('errors.passphraseNotSet');
  if (!(await passphraseMatches(check, passphrase))) {
    throw new AppFailure('errors.passphraseMismatch', [{ path: 'passphrase', message: 'errors.passphraseMismatch' }]);
  }
}

const officeCodeMax = exchangeSettingsSchema.shape.officeCode.maxLength ?? 20;

/**
 * The code an office would use if it typed none: a legacy district's readable id
 * ("hai-phong/quan-ngo-quyen" → "quan-ngo-quyen"; the unit data gives districts no GSO code),
 * or the first of its communes' codes. Always valid for exchangeSettingsSchema.
 */
export function suggestedOfficeCode(office: { provinceCode: string; area: OfficeArea }): string {
  const raw =
    office.area.kind === 'legacyDistrict'
      ? (office.area.districtId.split('/').pop() ?? '')
      : ([...office.area.communeCodes].sort()[0] ?? '');
  const code = raw
    .replace(/[^0-9A-Za-z._-]+/g, '-')
    .slice(0, officeCodeMax)
    .replace(/^[-.]+|[-.]+$/g, '');
  return isOfficeCode(code) ? code : office.provinceCode;
}
