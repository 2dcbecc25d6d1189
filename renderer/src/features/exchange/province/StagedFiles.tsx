import { useEffect, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { packageExtension } from '../../../../../shared/codes/exchange';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatFileSize } from '../format';
import type { Staging } from './useStaging';

/** Step 1: pick the offices' packages (many at once), see them listed, take one out again. */
export function StagedFiles({ staging, locked, missingError }: { staging: Staging; locked: boolean; missingError: boolean }) {
  const { t, i18n } = useTranslation();
  const { files, progress, problems, unstageError } = staging;
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Where the removed file stood: focus goes to the file now there (or the last), else to the picker.
  const removedAt = useRef<number | null>(null);

  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(at, buttons.length - 1)];
    if (next) next.focus();
    else inputRef.current?.focus();
  }, [files]);

  const remove = (token: string, index: number) => {
    removedAt.current = index;
    void staging.unstage(token).then((removed) => {
      if (!removed) removedAt.current = null;
    });
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(event.target.files ?? []);
    // Cleared so that a file taken out can be picked again.
    event.target.value = '';
    void staging.pick(picked);
  };

  return (
    <section className="province-step" aria-labelledby="province-step-files">
      <h2 id="province-step-files">{t('exchangeProvince.files.title')}</h2>
      <label htmlFor="province-files" className="province-label">
        {t('exchangeProvince.files.label')}
      </label>
      <input
        id="province-files"
        ref={inputRef}
        type="file"
        multiple
        accept={`.${packageExtension}`}
        disabled={locked || progress !== null}
        aria-describedby={missingError ? 'province-files-hint province-files-error' : 'province-files-hint'}
        aria-invalid={missingError ? true : undefined}
        onChange={pick}
      />
      <p id="province-files-hint" className="province-hint">
        {t('exchangeProvince.files.hint')}
      </p>
      {missingError && (
        <p id="province-files-error" className="field-error province-field-error">
          {t('validation.packagesRequired')}
        </p>
      )}
      <p role="status" className="province-progress">
        {progress && t('exchangeProvince.files.progress', { done: progress.done + 1, total: progress.total, file: progress.fileName })}
      </p>
      {problems.length > 0 && (
        <div className="alert" role="alert">
          <ul className="province-problems">
            {problems.map((problem, index) => (
              <li key={`${problem.fileName}-${index}`}>
                {problem.reason === 'duplicate'
                  ? t('exchangeProvince.files.duplicate', { file: problem.fileName })
                  : `${t('exchangeProvince.files.failed', { file: problem.fileName })} ${t(problem.reason) /* i18n-dynamic: errors. */}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {unstageError && <ErrorAlert code={unstageError} />}

      {files.length > 0 && (
        <>
          <h3 id="province-staged">{t('exchangeProvince.files.staged', { count: files.length })}</h3>
          <ul className="province-files" aria-labelledby="province-staged" ref={listRef}>
            {files.map((file, index) => (
              <li key={file.token} className="province-file">
                <span className="province-file__name">{file.fileName}</span>
                <span className="province-file__size">{formatFileSize(file.sizeBytes, t, i18n.language)}</span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('exchangeProvince.files.removeFor', { file: file.fileName })}
                  disabled={locked || progress !== null}
                  onClick={() => remove(file.token, index)}
                >
                  {t('exchangeProvince.files.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
