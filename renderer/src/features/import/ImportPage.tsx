import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ErrorCode } from '../../../../shared/errors';
import type { ImportMapping, ImportPreview } from '../../../../shared/schemas/import';
import { useApi } from '../../api/ApiProvider';
import { readFileAsBase64 } from '../../api/files';
import { errorCode } from '../../api/queries';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MappingFields } from './MappingFields';
import { PreviewTable } from './PreviewTable';
import './import.css';

interface PickedFile {
  fileName: string;
  base64: string;
}

// The contract takes at most 30 MB of base64, about 22 MB of file.
const MAX_FILE_BYTES = 22 * 1024 * 1024;

/**
 * Import of an existing register (route /children/import): pick a file, match its columns,
 * check every row, then import all rows at once. Main checks everything again on commit.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<ErrorCode | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(new Set());
  // The last preview stays on screen while the next one runs, so the select just changed keeps focus.
  const [data, setData] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [run, setRun] = useState(0);
  const latest = useRef(0);
  const picks = useRef(0);
  const doneRef = useRef<HTMLDivElement>(null);

  const preview = useMutation({
    mutationFn: async (input: PickedFile & { mapping: ImportMapping | null }) => {
      const id = ++latest.current;
      return { id, answer: await api.request('import.preview', input) };
    },
    onSuccess: ({ id, answer }) => {
      // An answer to an older request (an earlier file or mapping) is not shown.
      if (id !== latest.current) return;
      setData(answer);
      setMapping(answer.mapping);
    },
  });
  const commit = useMutation({
    mutationFn: (input: PickedFile & { mapping: ImportMapping; acceptedDuplicateRows: number[] }) =>
      api.request('import.commit', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['children'] }),
  });

  useEffect(() => {
    if (commit.isSuccess) doneRef.current?.focus();
  }, [commit.isSuccess]);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    preview.reset();
    commit.reset();
    setAccepted(new Set());
    setFile(null);
    setData(null);
    setMapping(null);
    setFileError(null);
    latest.current += 1;
    const ticket = ++picks.current;
    if (!picked) return;
    if (picked.size === 0 || picked.size > MAX_FILE_BYTES) {
      setFileError('errors.importUnreadable');
      return;
    }
    const next = { fileName: picked.name, base64: await readFileAsBase64(picked) };
    // Another file was picked while this one was being read.
    if (ticket !== picks.current) return;
    setFile(next);
    setRun((n) => n + 1);
    preview.mutate({ ...next, mapping: null });
  }

  const rematch = (next: ImportMapping) => {
    if (!file) return;
    setMapping(next);
    preview.mutate({ ...file, mapping: next });
  };
  const accept = (rowNumber: number, yes: boolean) =>
    setAccepted((current) => {
      const next = new Set(current);
      if (yes) next.add(rowNumber);
      else next.delete(rowNumber);
      return next;
    });

  const unreviewed = data ? data.rows.filter((row) => row.issues.length === 0 && row.duplicates.length > 0 && !accepted.has(row.rowNumber)) : [];
  const blockedBy = !data ? null : data.errorCount > 0 ? 'errors' : unreviewed.length > 0 ? 'duplicates' : null;
  const canCommit = !!data && !!file && !!mapping && data.rows.length > 0 && blockedBy === null && !preview.isPending && !commit.isPending;
  const doCommit = () => {
    if (!canCommit || !file || !mapping || !data) return;
    const acceptedDuplicateRows = data.rows.filter((row) => row.duplicates.length > 0 && accepted.has(row.rowNumber)).map((row) => row.rowNumber);
    commit.mutate({ ...file, mapping, acceptedDuplicateRows });
  };

  if (commit.isSuccess) {
    return (
      <div className="page import-page">
        <h1>{t('import.page.title')}</h1>
        <div className="notice-success import-done" role="status" tabIndex={-1} ref={doneRef}>
          <p>{t('import.page.done', { count: commit.data.imported })}</p>
        </div>
        <p className="import-actions">
          <Link className="button" to={paths.children}>
            {t('import.page.openRegister')}
          </Link>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              commit.reset();
              preview.reset();
              setFile(null);
              setData(null);
              setMapping(null);
              setAccepted(new Set());
            }}
          >
            {t('import.page.another')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="page import-page">
      <p className="import-back">
        <Link to={paths.children}>{t('import.page.back')}</Link>
      </p>
      <h1>{t('import.page.title')}</h1>
      <p>{t('import.page.intro')}</p>

      <section className="import-step" aria-labelledby="import-step-file">
        <h2 id="import-step-file">{t('import.page.stepFile')}</h2>
        <label htmlFor="import-file">{t('import.page.fileLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,.csv"
          aria-describedby="import-file-hint"
          disabled={commit.isPending}
          onChange={(event) => void pick(event)}
        />
        <p id="import-file-hint" className="import-hint">
          {t('import.page.fileHint')}
        </p>
        {fileError && <ErrorAlert code={fileError} />}
        {preview.isError && <ErrorAlert code={errorCode(preview.error)} />}
        {preview.isPending && (
          <p role="status" className="import-status">
            {t('import.page.reading')}
          </p>
        )}
      </section>

      {data && mapping && (
        <>
          <section className="import-step" aria-labelledby="import-step-mapping">
            <h2 id="import-step-mapping">{t('import.page.stepMapping')}</h2>
            <p>{t('import.page.mappingIntro')}</p>
            <MappingFields headers={data.headers} mapping={mapping} disabled={commit.isPending} onChange={rematch} />
          </section>

          <section className="import-step" aria-labelledby="import-step-preview" aria-busy={preview.isPending}>
            <h2 id="import-step-preview">{t('import.page.stepPreview')}</h2>
            <p className="import-counts" aria-live="polite">
              {t('import.page.validRows', { count: data.validCount })},{' '}
              <span className={data.errorCount > 0 ? 'import-count-errors' : undefined}>
                {t('import.page.errorRows', { count: data.errorCount })}
              </span>
              {data.duplicateCount > 0 && <span> · {t('import.page.duplicateRows', { count: data.duplicateCount })}</span>}
            </p>
            <PreviewTable key={run} preview={data} accepted={accepted} onAccept={accept} />

            <div className="import-commit">
              <button type="button" className="button" disabled={!canCommit} aria-describedby={blockedBy ? 'import-blocked' : undefined} onClick={doCommit}>
                {commit.isPending ? t('import.page.committing') : t('import.page.commit', { count: data.validCount })}
              </button>
              {blockedBy && (
                <p id="import-blocked" className="import-blocked">
                  {blockedBy === 'errors' ? t('import.page.blockedByErrors') : t('import.page.blockedByDuplicates')}
                </p>
              )}
            </div>
            {commit.isError && <ErrorAlert code={errorCode(commit.error)} />}
          </section>
        </>
      )}
    </div>
  );
}
