import { useTranslation } from 'react-i18next';
import { firstYear, lastYear, thisYear as currentYear } from '../common/year';
import { maxYearSpan, type CoverageYears } from './coverageYears';

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => to - index);

/**
 * The report's year and the first year of its series. Either change applies at once; a
 * "from" year after the year (or more than 20 years before it) is moved to fit.
 */
export function CoverageYearForm({ years, onChange }: { years: CoverageYears; onChange: (next: CoverageYears) => void }) {
  const { t } = useTranslation();
  const thisYear = currentYear();
  const yearOptions = range(firstYear, Math.min(lastYear, Math.max(thisYear + 1, years.year)));
  const fromOptions = range(Math.max(firstYear, years.year - maxYearSpan), years.year);

  const changeYear = (year: number) => {
    const fromYear = Math.min(year, Math.max(years.fromYear, year - maxYearSpan));
    onChange({ year, fromYear });
  };

  return (
    <form className="coverage-years" aria-label={t('models.coverage.years.label')} onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="coverage-year">{t('models.coverage.years.year')}</label>
      <select id="coverage-year" value={years.year} onChange={(event) => changeYear(Number(event.target.value))}>
        {yearOptions.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <label htmlFor="coverage-from-year">{t('models.coverage.years.fromYear')}</label>
      <select id="coverage-from-year" value={years.fromYear} onChange={(event) => onChange({ ...years, fromYear: Number(event.target.value) })}>
        {fromOptions.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </form>
  );
}
