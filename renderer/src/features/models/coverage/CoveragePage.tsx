import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { firstYear, thisYear, yearFromText } from '../common/year';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CoverageActions } from './CoverageActions';
import { CoverageChart } from './CoverageChart';
import { CoverageProgress } from './CoverageProgress';
import { CoverageTables } from './CoverageTables';
import { CoverageYearForm } from './CoverageYearForm';
import { coverageQuery, coverageYearsFromSearch, defaultYearSpan, type CoverageYears } from './coverageYears';
import './coverage.css';

/** The years the address names, else this year (or the named year) and the four before it. */
function shownYears(search: URLSearchParams): CoverageYears {
  const named = coverageYearsFromSearch(search);
  if (named) return named;
  const year = yearFromText(search.get('year')) ?? thisYear();
  return { year, fromYear: Math.max(firstYear, year - defaultYearSpan) };
}

/**
 * Coverage of the community models (/models): per model, the area's communes that have it in
 * the year against the office's target, a chart by year and the same numbers as tables. The
 * years live in the address (?year=…&fromYear=…), so back, forward and the print page agree.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const years = shownYears(search);
  const coverage = useQuery(coverageQuery(api, years));

  return (
    <div className="coverage-page">
      <h2>{t('models.coverage.title')}</h2>
      <div className="coverage-bar">
        <CoverageYearForm years={years} onChange={(next) => setSearch({ year: String(next.year), fromYear: String(next.fromYear) })} />
        <CoverageActions years={years} />
      </div>
      {coverage.isError && <ErrorAlert code={errorCode(coverage.error)} />}
      {coverage.isPending && <p role="status">{t('models.coverage.loading')}</p>}
      {coverage.isSuccess && (
        <>
          <p className="coverage-area">{t('models.coverage.area', { total: coverage.data.totalCommunes })}</p>
          {coverage.data.models.length === 0 ? (
            <p>{t('models.coverage.empty')}</p>
          ) : (
            <>
              <h3>{t('models.coverage.progress.title', { year: coverage.data.year })}</h3>
              <CoverageProgress coverage={coverage.data} />
              <h3>{t('models.coverage.chart.heading')}</h3>
              <CoverageChart coverage={coverage.data} />
              <CoverageTables coverage={coverage.data} />
            </>
          )}
        </>
      )}
    </div>
  );
}
