import { useTranslation } from 'react-i18next';
import type { ProvinceReport } from '../../../../../shared/exchange';
import { formatDay } from '../format';
import { endsBeforeReport, officeColumnCount, type ReportSection } from './sections';

/**
 * One of the report's tables on screen: a row per office, its name as the row's header, then
 * the province's total. Wide: it scrolls sideways on its own and the keyboard can reach it.
 * An office whose data stops before the report's end is marked beside its data date.
 */
export function ReportTable({ section, report }: { section: ReportSection; report: ProvinceReport }) {
  const { t } = useTranslation();
  const headingId = `province-report-${section.id}`;
  const headerRows = section.header.length;
  const lead = [
    t('provinceReport.columns.number'),
    t('provinceReport.columns.code'),
    t('provinceReport.columns.office'),
    t('provinceReport.columns.dataDate'),
  ];
  const figureCells = (cells: string[]) =>
    cells.map((cell, index) => (
      <td key={index} className={`province-report-${section.kinds[index] ?? 'count'}`}>
        {cell}
      </td>
    ));

  return (
    <section className="province-report-section">
      <h2 id={headingId}>{section.title}</h2>
      <div className="province-report-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="province-report-table" aria-labelledby={headingId}>
          <thead>
            {section.header.map((cells, rowIndex) => (
              <tr key={rowIndex}>
                {rowIndex === 0 &&
                  lead.map((label) => (
                    <th key={label} scope="col" rowSpan={headerRows}>
                      {label}
                    </th>
                  ))}
                {cells.map((cell, index) => (
                  <th key={index} scope={cell.colSpan ? 'colgroup' : 'col'} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                    {cell.label}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {report.offices.map((entry, index) => (
              <tr key={entry.office.id}>
                <td>{index + 1}</td>
                <td className="province-report-text">{entry.office.code}</td>
                <th scope="row">{entry.office.name}</th>
                <td className="province-report-text">
                  {formatDay(entry.createdAt)}
                  {endsBeforeReport(entry, report) && (
                    <>
                      {' '}
                      <span className="province-report-stale">{t('provinceReport.stale')}</span>
                    </>
                  )}
                </td>
                {figureCells(section.cells(entry))}
              </tr>
            ))}
            <tr className="province-report-total">
              <th scope="row" colSpan={officeColumnCount}>
                {t('provinceReport.total')}
              </th>
              {figureCells(section.cells(report.total))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
