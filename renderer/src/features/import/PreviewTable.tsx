import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import type { ImportPreview, ImportRowPreview } from '../../../../shared/schemas/import';

const PAGE_SIZE = 100;

interface Props {
  preview: ImportPreview;
  accepted: ReadonlySet<number>;
  onAccept(rowNumber: number, accepted: boolean): void;
}

const needsAttention = (row: ImportRowPreview): boolean => row.issues.length > 0 || row.duplicates.length > 0;

function Candidates({ row }: { row: ImportRowPreview }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('import.page.possibleDuplicate')}</p>
      <ul>
        {row.duplicates.map((candidate) => (
          <li key={candidate.id}>
            {t('import.page.candidate', {
              name: candidate.fullName,
              birthDate: formatDate(candidate.birthDate),
              unit: candidate.unitName,
              reason: t(`import.reason.${candidate.reason}`), // i18n-dynamic: import.reason.
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function RowStatus({ row, accepted, onAccept }: { row: ImportRowPreview } & Omit<Props, 'preview'>) {
  const { t } = useTranslation();
  if (row.issues.length > 0) {
    return (
      <>
        <ul className="import-issues">
          {row.issues.map((issue) => (
            <li key={issue.field}>
              {t('import.page.issue', {
                field: t(`import.fields.${issue.field}`), // i18n-dynamic: import.fields.
                message: t(issue.message), // i18n-dynamic: import.
              })}
            </li>
          ))}
        </ul>
        {/* Seeing who already has the ID helps to decide what to do with the row. */}
        {row.duplicates.length > 0 && (
          <div className="import-duplicates">
            <Candidates row={row} />
          </div>
        )}
      </>
    );
  }
  if (row.duplicates.length === 0) return <span className="import-ok">{t('import.page.statusOk')}</span>;
  const checkboxId = `import-not-duplicate-${row.rowNumber}`;
  return (
    <div className="import-duplicates">
      <Candidates row={row} />
      <label htmlFor={checkboxId} className="import-accept">
        <input
          id={checkboxId}
          type="checkbox"
          checked={accepted.has(row.rowNumber)}
          onChange={(event) => onAccept(row.rowNumber, event.target.checked)}
        />{' '}
        {t('import.page.notDuplicate')}
      </label>
    </div>
  );
}

/** Step 3: every row with its problems; rows that need a look first, a page at a time. */
export function PreviewTable({ preview, accepted, onAccept }: Props) {
  const { t } = useTranslation();
  const problems = preview.rows.filter(needsAttention);
  const [onlyProblems, setOnlyProblems] = useState(problems.length > 0);
  const [page, setPage] = useState(0);
  const rows = onlyProblems ? problems : preview.rows;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const showFilter = (only: boolean) => {
    setOnlyProblems(only);
    setPage(0);
  };

  return (
    <div className="import-preview">
      <fieldset className="import-filter">
        <legend>{t('import.page.filterLabel')}</legend>
        <label>
          <input type="radio" name="import-filter" checked={onlyProblems} onChange={() => showFilter(true)} />{' '}
          {t('import.page.filterProblems')}
        </label>
        <label>
          <input type="radio" name="import-filter" checked={!onlyProblems} onChange={() => showFilter(false)} />{' '}
          {t('import.page.filterAll')}
        </label>
      </fieldset>

      {rows.length === 0 ? (
        <p>{t('import.page.noProblems')}</p>
      ) : (
        <table className="import-table">
          <caption className="visually-hidden">{t('import.page.tableCaption', { fileName: preview.fileName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.page.columnRow')}</th>
              <th scope="col">{t('import.page.columnName')}</th>
              <th scope="col">{t('import.page.columnBirth')}</th>
              <th scope="col">{t('import.page.columnStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.rowNumber} className={row.issues.length > 0 ? 'import-row-error' : row.duplicates.length > 0 ? 'import-row-duplicate' : undefined}>
                <th scope="row">{row.rowNumber}</th>
                <td>{row.fullName}</td>
                <td>{formatDate(row.birthDate)}</td>
                <td>
                  <RowStatus row={row} accepted={accepted} onAccept={onAccept} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {pages > 1 && (
        <nav className="import-pages" aria-label={t('import.page.tableCaption', { fileName: preview.fileName })}>
          <button type="button" className="button button-secondary button-small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('import.page.previousPage')}
          </button>
          <span>
            {t('import.page.pageInfo', {
              from: current * PAGE_SIZE + 1,
              to: Math.min(rows.length, (current + 1) * PAGE_SIZE),
              total: rows.length,
            })}
          </span>
          <button type="button" className="button button-secondary button-small" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            {t('import.page.nextPage')}
          </button>
        </nav>
      )}
    </div>
  );
}
