import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { builtinModelDocumentNames, rolloutStatusDocumentNames, rolloutStatuses } from '../../../../shared/codes/models';
import type { Coverage, ModelCoverage } from '../../../../shared/models';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { byYearCell, coverageRowCells, yearsBetween } from '../../features/models/coverage/coverageFigures';
import { DocumentTable, type DocumentColumn, type HeaderCell } from '../DocumentTable';
import { PrintPage } from '../PrintPage';
import { SignatureBlocks, useOfficeSignatures } from '../SignatureBlocks';
import { useDocumentT } from '../useDocumentT';
import { ModelsDocumentHead } from './ModelsDocumentHead';
import { coverageScreenPath } from '../../features/models/printPaths';
import { coverageQuery, coverageYearsFromSearch } from '../../features/models/coverage/coverageYears';
import { useModelsPrint } from './useModelsPrint';
import './models-print.css';

/** A model's name on paper: the shipped model's document name, or the office's own. */
const documentName = (model: Pick<ModelCoverage, 'builtin' | 'name'>) => (model.builtin ? builtinModelDocumentNames[model.builtin] : (model.name ?? ''));

const numberColumn: DocumentColumn = { className: 'models-print-col-number', align: 'center' };
const nameColumn: DocumentColumn = { className: 'models-print-col-name', align: 'left' };
const countColumn: DocumentColumn = { className: 'models-print-col-count', align: 'right' };

/**
 * Báo cáo kết quả triển khai các mô hình, A4 landscape: I the year per model (with rollouts by
 * status), II communes covered by year. No "Tổng cộng" row: a commune with several models
 * counts once per model, so the models' figures do not add up.
 */
function CoverageDocument({ office, coverage }: { office: OfficeProfile; coverage: Coverage }) {
  const t = useDocumentT();
  const signatures = useOfficeSignatures(office);
  const years = yearsBetween(coverage.fromYear, coverage.year);

  const yearColumns: DocumentColumn[] = [numberColumn, nameColumn, ...Array.from({ length: 5 + rolloutStatuses.length }, () => countColumn)];
  const yearHeader: HeaderCell[][] = [
    [
      { label: t('print.table.number'), rowSpan: 2 },
      { label: t('print.models.coverage.model'), rowSpan: 2 },
      { label: t('print.models.coverage.covered'), rowSpan: 2 },
      { label: t('print.models.coverage.communes'), rowSpan: 2 },
      { label: t('print.models.coverage.share'), rowSpan: 2 },
      { label: t('print.models.coverage.target'), rowSpan: 2 },
      { label: t('print.models.coverage.reached'), rowSpan: 2 },
      { label: t('print.models.coverage.byStatus'), colSpan: rolloutStatuses.length },
    ],
    rolloutStatuses.map((status) => ({ label: rolloutStatusDocumentNames[status] })),
  ];
  const yearRows = coverage.models.map((model, index) => ({
    key: model.modelTypeId,
    cells: [
      String(index + 1),
      documentName(model),
      ...coverageRowCells(model, coverage.totalCommunes, 'vi', rolloutStatuses, (reached) =>
        reached ? t('print.models.coverage.reachedYes') : t('print.models.coverage.reachedNo'),
      ),
    ],
  }));

  const seriesColumns: DocumentColumn[] = [numberColumn, nameColumn, ...years.map(() => countColumn)];
  const seriesHeader: HeaderCell[][] = [
    [
      { label: t('print.table.number'), rowSpan: 2 },
      { label: t('print.models.coverage.model'), rowSpan: 2 },
      { label: t('print.models.coverage.years'), colSpan: years.length },
    ],
    years.map((year) => ({ label: String(year) })),
  ];
  const seriesRows = coverage.models.map((model, index) => ({
    key: model.modelTypeId,
    cells: [String(index + 1), documentName(model), ...years.map((year) => byYearCell(model, year))],
  }));

  return (
    <div className="models-print models-coverage-print">
      <ModelsDocumentHead office={office} title={t('print.models.coverage.title', { year: coverage.year })}>
        <p>{t('print.models.coverage.area', { total: coverage.totalCommunes })}</p>
      </ModelsDocumentHead>
      <h2 id="models-coverage-year" className="models-print-section">
        {t('print.models.coverage.yearSection', { year: coverage.year })}
      </h2>
      <DocumentTable columns={yearColumns} header={yearHeader} rows={yearRows} labelledBy="models-coverage-year" />
      <p className="models-print-note">{t('print.models.coverage.coveredNote')}</p>
      <h2 id="models-coverage-series" className="models-print-section">
        {t('print.models.coverage.seriesSection', { fromYear: coverage.fromYear, year: coverage.year })}
      </h2>
      <DocumentTable columns={seriesColumns} header={seriesHeader} rows={seriesRows} labelledBy="models-coverage-series" />
      <p className="models-print-note">{t('print.models.coverage.seriesNote')}</p>
      <div className="models-print-closing">
        <SignatureBlocks blocks={signatures} />
      </div>
    </div>
  );
}

/** /print/models-coverage?year=YYYY&fromYear=YYYY */
export function CoveragePrintPage() {
  const api = useApi();
  const [search] = useSearchParams();
  const years = coverageYearsFromSearch(search);
  const report = useQuery({ ...coverageQuery(api, years ?? { year: 0, fromYear: 0 }), enabled: years !== null });
  const { ready, body } = useModelsPrint(years !== null, report, (office, data) => <CoverageDocument office={office} coverage={data} />);
  return (
    <PrintPage orientation="landscape" ready={ready} backTo={coverageScreenPath(years)}>
      {body}
    </PrintPage>
  );
}
