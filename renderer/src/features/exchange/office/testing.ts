import { periodKey, type ExchangePeriod } from '../../../../../shared/codes/exchange';
import type { ExchangeOverview, ExchangeSettings, ExportLogRow } from '../../../../../shared/exchange';
import type { FileOutput } from '../../../../../shared/register';
import { paths } from '../../../app/paths';
import { createFakeBackend, sampleOffice, type FakeBackend } from '../../../test/fakeBackend';
import { renderRoutes } from '../../../test/renderApp';
import { Refusal, serve } from '../../../test/serve';
import { exchangeRoutes } from '../routes';

/** Test data and a stand-in for main's office side of the exchange (settings, exports, receipts). */

export const passphrase = 'mây trắng bay qua đồi';

export function makeExport(overrides: Partial<ExportLogRow> & { sequence: number; period: ExchangePeriod }): ExportLogRow {
  const key = periodKey(overrides.period);
  return {
    id: `export-${overrides.sequence}`,
    periodKey: key,
    createdAt: '2026-10-03T02:30:00.000Z',
    fileName: `BTTE_31NQ_${key}_so${String(overrides.sequence).padStart(3, '0')}.btte`,
    packageSha256: 'ab'.repeat(32),
    sizeBytes: 182_400,
    replacesSequence: null,
    rowCounts: { child: 1250, guardian: 1890 },
    includePersonalIds: false,
    includeGuardianPhones: false,
    fileKept: true,
    receivedAt: null,
    receiptImportedAt: null,
    ...overrides,
  };
}

/** The receipt files these tests pick: main would check a signed JSON; the stand-in reads the sequence. */
export const receiptFile = (sequence: number, name = `BTTE_31NQ_so${sequence}_bien-nhan.btte-bn`): File =>
  new File([JSON.stringify({ sequence })], name, { type: 'application/octet-stream' });

interface ExchangeState {
  settings: Omit<ExchangeSettings, 'passphraseSet'>;
  passphrase: string | null;
  exports: ExportLogRow[];
}

/**
 * A fake main for the office's exchange: keeps settings, the passphrase and the log, answers
 * refusals as main does (errors.officeCodeMissing, passphraseNotSet, passphraseMismatch on its
 * field, receipt refusals), and stands in for the save dialog (files.save, as in Electron).
 */
export function createExchangeBackend(initial: Partial<ExchangeState> = {}) {
  const backend = createFakeBackend({ office: sampleOffice });
  const state: ExchangeState = {
    settings: { officeCode: '31NQ', includePersonalIds: false, includeGuardianPhones: false },
    passphrase,
    exports: [],
    ...structuredClone(initial),
  };
  const fileOf = (row: ExportLogRow): FileOutput => ({ fileName: row.fileName, mimeType: 'application/octet-stream', base64: btoa(`package ${row.sequence}`) });
  const overview = (): ExchangeOverview => ({
    settings: { ...state.settings, passphraseSet: state.passphrase !== null },
    suggestedOfficeCode: '31-NGOQUYEN',
    nextSequence: Math.max(0, ...state.exports.map((row) => row.sequence)) + 1,
    exports: structuredClone(state.exports),
  });

  serve(backend, 'exchange.overview', overview);
  serve(backend, 'exchange.saveSettings', (input) => {
    state.settings = input;
    return overview();
  });
  serve(backend, 'exchange.setPassphrase', (input) => {
    state.passphrase = input.passphrase;
    return overview();
  });
  serve(backend, 'exchange.export', (input) => {
    if (state.settings.officeCode === '') throw new Refusal('errors.officeCodeMissing');
    if (state.passphrase === null) throw new Refusal('errors.passphraseNotSet');
    if (input.passphrase !== state.passphrase) throw new Refusal('errors.passphraseMismatch', [{ path: 'passphrase', message: 'errors.passphraseMismatch' }]);
    const key = periodKey(input.period);
    const replaced = state.exports.filter((row) => row.periodKey === key).sort((a, b) => b.sequence - a.sequence)[0];
    const row = makeExport({
      sequence: overview().nextSequence,
      period: input.period,
      createdAt: '2026-11-22T08:00:00.000Z',
      replacesSequence: replaced?.sequence ?? null,
      includePersonalIds: state.settings.includePersonalIds,
      includeGuardianPhones: state.settings.includeGuardianPhones,
    });
    state.exports.push(row);
    return { export: structuredClone(row), file: fileOf(row) };
  });
  serve(backend, 'exchange.exportFile', ({ id }) => {
    const row = state.exports.find((candidate) => candidate.id === id);
    if (!row?.fileKept) throw new Refusal('errors.notFound');
    return fileOf(row);
  });
  serve(backend, 'exchange.importReceipt', ({ base64 }) => {
    let sequence: unknown;
    try {
      sequence = (JSON.parse(atob(base64)) as { sequence?: unknown }).sequence;
    } catch {
      throw new Refusal('errors.receiptUnreadable');
    }
    const row = state.exports.find((candidate) => candidate.sequence === sequence);
    if (!row) throw new Refusal('errors.receiptUnknownExport');
    const alreadyReceived = row.receivedAt !== null;
    if (!alreadyReceived) {
      row.receivedAt = '2026-11-24T03:00:00.000Z';
      row.receiptImportedAt = '2026-11-25T01:00:00.000Z';
      // As main does: once the province has it, the file is not kept.
      row.fileKept = false;
    }
    return { export: structuredClone(row), alreadyReceived };
  });
  serve(backend, 'files.save', () => ({ saved: true }));
  return { backend, state };
}

/** The exchange area at `path` (under /exchange), as the app routes it. */
export function renderExchange(path: string, backend: FakeBackend) {
  return renderRoutes([{ path: paths.exchange, children: exchangeRoutes }], path, backend);
}
