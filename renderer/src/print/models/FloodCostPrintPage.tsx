import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { formatAmount } from '../../../../shared/format/money';
import type { FloodCostReport } from '../../../../shared/models';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { DocumentTable, type DocumentColumn, type HeaderCell } from '../DocumentTable';
import { PrintPage } from '../PrintPage';
import { SignatureBlocks, useOfficeSignatures } from '../SignatureBlocks';
import { useDocumentT } from '../useDocumentT';
import { ModelsDocumentHead } from './ModelsDocumentHead';
import { floodScreenPath } from '../../features/models/printPaths';
import { yearFromText } from '../../features/models/common/year';
import { floodCostQuery } from '../../features/models/flood/queries';
import { useModelsPrint } from './useModelsPrint';
import './models-print.css';

const count: DocumentColumn = { className: 'models-print-col-count', align: 'right' };
const money: DocumentColumn = { className: 'models-print-col-money', align: 'right' };
const columns: DocumentColumn[] = [
  { className: 'models-print-col-number', align: 'center' },
  { className: 'models-print-col-unit', align: 'left' },
  { className: 'models-print-col-point', align: 'left' },
  count,
  count,
  money,
  money,
  count,
  money,
  money,
  money,
];

/** Báo cáo kinh phí điểm giữ trẻ mùa lũ, A4 landscape: a row per point, Tổng cộng, the total in words. */
function FloodCostDocument({ office, report }: { office: OfficeProfile; report: FloodCostReport }) {
  const t = useDocumentT();
  const signatures = useOfficeSignatures(office, { accountant: true });
  const carers = report.points.reduce((sum, point) => sum + point.carers, 0);

  const header: HeaderCell[][] = [
    [
      { label: t('print.table.number') },
      { label: t('print.models.flood.unit') },
      { label: t('print.models.flood.point') },
      { label: t('print.models.flood.children') },
      { label: t('print.models.flood.days') },
      { label: t('print.models.flood.costPerChildDay') },
      { label: t('print.models.flood.childCost') },
      { label: t('print.models.flood.carers') },
      { label: t('print.models.flood.carerPayPerDay') },
      { label: t('print.models.flood.carerCost') },
      { label: t('print.models.flood.total') },
    ],
  ];
  const rows = report.points.map((point, index) => ({
    key: point.id,
    cells: [
      String(index + 1),
      point.unitName,
      point.name,
      formatAmount(point.childrenEnrolled),
      formatAmount(point.daysOpen),
      formatAmount(point.costPerChildDay),
      formatAmount(point.childCost),
      formatAmount(point.carers),
      formatAmount(point.carerPayPerDay),
      formatAmount(point.carerCost),
      formatAmount(point.totalCost),
    ],
  }));
  const { total } = report;

  return (
    <div className="models-print models-flood-print">
      <ModelsDocumentHead office={office} title={t('print.models.flood.title', { year: report.year })} />
      <p className="models-print-unit">{t('print.models.unitNote')}</p>
      <DocumentTable
        columns={columns}
        header={header}
        rows={rows}
        total={{
          labelSpan: 3,
          cells: [
            formatAmount(total.children),
            '',
            '',
            formatAmount(total.childCost),
            formatAmount(carers),
            '',
            formatAmount(total.carerCost),
            formatAmount(total.totalCost),
          ],
        }}
      />
      {report.points.length === 0 && <p className="models-print-note">{t('print.models.flood.none')}</p>}
      <div className="models-print-closing">
        <p className="models-print-words">{t('print.models.inWords', { words: report.totalInWords })}</p>
        <SignatureBlocks blocks={signatures} />
      </div>
    </div>
  );
}

/** /print/flood-cost?year=YYYY */
export function FloodCostPrintPage() {
  const api = useApi();
  const [search] = useSearchParams();
  const year = yearFromText(search.get('year'));
  const report = useQuery({ ...floodCostQuery(api, year ?? 0), enabled: year !== null });
  const { ready, body } = useModelsPrint(year !== null, report, (office, data) => <FloodCostDocument office={office} report={data} />);
  return (
    <PrintPage orientation="landscape" ready={ready} backTo={floodScreenPath(year)}>
      {body}
    </PrintPage>
  );
}
