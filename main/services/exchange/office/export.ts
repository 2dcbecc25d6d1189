import { randomBytes } from 'node:crypto';
import { periodKey as keyOf, periodRange, type ExchangePeriod } from '../../../../shared/codes/exchange';
import type { ExportResult } from '../../../../shared/exchange';
import type { ExportInput } from '../../../../shared/schemas/exchange';
import { exchangePeriodSchema } from '../../../../shared/schemas/exchange';
import { newId } from '../../../clock';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { recordAudit } from '../../audit';
import { officeArea } from '../../models/area';
import { getOffice, officeUnits } from '../../office';
import { exportLogRow, nextSequence, packageMimeType } from './export-log';
import { exportRows } from './export-rows';
import { childrenByUnit, summaryWorkbook } from './export-summary';
import { manifestContent, manifestDataVersion, manifestSchema, type Manifest } from '../manifest';
import { requireMode } from '../mode';
import { deriveWritingKey, writePackage } from '../file/package-file';
import { readSettings, requirePassphrase } from './settings';
import { summaryPartName, type ExchangeIncludes } from '../tables';
import { packageFileName } from '../file-names';
import { sha256Hex } from '../file/sha256';

/**
 * An export: a snapshot of every registry table, labelled with a period, sealed with the
 * passphrase agreed with the province, and kept in the export log (file included) under the
 * next sequence number. Exporting a period again is allowed: the new export replaces the last
 * one of that period.
 */

function checkPeriod(period: ExchangePeriod): void {
  const parsed = exchangePeriodSchema.safeParse(period);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      path: ['period', ...issue.path].join('.'),
      message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
    }));
    throw new AppFailure('errors.invalidInput', details);
  }
}

export async function exportPackage(ctx: HandlerContext, input: ExportInput): Promise<ExportResult> {
  const officeRow = await requireMode(ctx.db, 'office');
  checkPeriod(input.period);
  const settings = await readSettings(ctx.db);
  if (settings.officeCode === '') throw new AppFailure('errors.officeCodeMissing');
  // Both scrypt runs go to the thread pool at once; the package's own (fresh salt) is then ready
  // by the time the rows are read. Unused if the passphrase is refused.
  const writingKey = deriveWritingKey(input.passphrase);
  writingKey.catch(() => undefined);
  await requirePassphrase(ctx.db, input.passphrase);

  const includes: ExchangeIncludes = { personalIds: settings.includePersonalIds, guardianPhones: settings.includeGuardianPhones };
  const periodKey = keyOf(input.period);
  const { from, to } = periodRange(input.period);
  const createdAt = ctx.clock.now().toISOString();

  const { id, bytes } = await ctx.db.transaction().execute(async (trx) => {
    const office = await getOffice(trx);
    if (!office) throw new AppFailure('errors.officeNotSetUp');
    const sequence = await nextSequence(trx);
    const replaced = await trx
      .selectFrom('exchange_export')
      .select(['id', 'sequence'])
      .where('period_key', '=', periodKey)
      .orderBy('sequence', 'desc')
      .executeTakeFirst();
    const area = await officeArea(trx, ctx.units);
    const listedUnits = await officeUnits(trx, ctx.units);

    const tables = exportRows(ctx.sqlite, includes);
    const summary = await summaryWorkbook({
      office,
      officeCode: settings.officeCode,
      period: input.period,
      from,
      to,
      sequence,
      replacesSequence: replaced?.sequence ?? null,
      createdAt,
      appVersion: ctx.version,
      includes,
      tables,
      children: childrenByUnit(ctx.sqlite, to),
      units: listedUnits,
      unitName: (unitId) => ctx.units.unitName(unitId),
    });

    const exportId = newId();
    const receiptKey = randomBytes(32).toString('hex');
    const manifest: Manifest = manifestSchema.parse({
      content: manifestContent,
      dataVersion: manifestDataVersion,
      exportId,
      sequence,
      office: {
        id: office.id,
        code: settings.officeCode,
        name: office.name,
        provinceCode: office.provinceCode,
        parentAgency: office.parentAgency,
        receiver: office.receiver,
        areaKind: officeRow.area_kind,
        legacyDistrictId: officeRow.legacy_district_id,
        units: area.units.map((unit) => ({ ref: unit.id, name: unit.name })),
      },
      period: input.period,
      periodKey,
      from,
      to,
      createdAt,
      appVersion: ctx.version,
      replacesSequence: replaced?.sequence ?? null,
      includes,
      receiptKey,
      tables: tables.map((table) => ({ name: table.name, part: table.part, columns: table.columns, rows: table.rows, sha256: table.sha256 })),
      summary: { part: summaryPartName, sha256: sha256Hex(summary) },
    } satisfies Manifest);

    const parts = [...tables.map((table) => ({ name: table.part, bytes: table.bytes })), { name: summaryPartName, bytes: summary }];
    const bytes = await writePackage({ kind: 'package', manifest, parts }, await writingKey);
    await trx
      .insertInto('exchange_export')
      .values({
        id: exportId,
        office_id: office.id,
        sequence,
        period_key: periodKey,
        period_from: from,
        period_to: to,
        replaces_id: replaced?.id ?? null,
        created_at: createdAt,
        file_name: packageFileName(settings.officeCode, periodKey, sequence),
        package_sha256: sha256Hex(bytes),
        package_file: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        row_counts: JSON.stringify(Object.fromEntries(tables.map((table) => [table.name, table.rows]))),
        include_personal_ids: includes.personalIds ? 1 : 0,
        include_guardian_phones: includes.guardianPhones ? 1 : 0,
        receipt_key: receiptKey,
        received_at: null,
        receipt_imported_at: null,
      })
      .execute();
    await recordAudit(trx, ctx.clock, { officeId: office.id, action: 'create', entity: 'exchange_export', entityId: exportId });
    return { id: exportId, bytes };
  });

  const row = await exportLogRow(ctx.db, id);
  return { export: row, file: { fileName: row.fileName, mimeType: packageMimeType, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') } };
}
