import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate, toIsoDate } from '../../../../shared/format/date';
import { formatAmount } from '../../../../shared/format/money';
import type { Roster } from '../../../../shared/gifts';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { errorCode, officeQuery } from '../../api/queries';
import { paths } from '../../app/paths';
import { campaignPath } from '../../features/gifts/paths';
import { rosterQuery } from '../../features/gifts/queries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AdministrativeHeader } from '../AdministrativeHeader';
import { DocumentTable, type DocumentColumn, type DocumentHeadingRow, type DocumentRow, type HeaderCell } from '../DocumentTable';
import { DocumentTitle } from '../DocumentTitle';
import { PrintPage } from '../PrintPage';
import { SignatureBlocks, useOfficeSignatures } from '../SignatureBlocks';
import { useDocumentT } from '../useDocumentT';
import { rosterQueryFromSearch } from './rosterPath';
import './roster-print.css';

const columnKeys = ['name', 'birthDate', 'sex', 'address', 'circumstance', 'proxy', 'amount', 'signature'] as const;

const columns: DocumentColumn[] = [
  { className: 'roster-print-col-number', align: 'center' },
  { className: 'roster-print-col-name', align: 'left' },
  { className: 'roster-print-col-date', align: 'center' },
  { className: 'roster-print-col-sex', align: 'center' },
  { className: 'roster-print-col-address', align: 'left' },
  { className: 'roster-print-col-circumstance', align: 'left' },
  { className: 'roster-print-col-proxy', align: 'left' },
  { className: 'roster-print-col-amount', align: 'right' },
  { className: 'roster-print-col-signature', align: 'left' },
];

/** The signed roster ("danh sách ký nhận") as an A4 landscape document: each recipient signs beside the amount. */
function RosterDocument({ office, roster }: { office: OfficeProfile; roster: Roster }) {
  const t = useDocumentT();
  const signatures = useOfficeSignatures(office, { accountant: true });

  const header: HeaderCell[][] = [
    [
      { label: t('print.table.number') },
      // i18n-dynamic: roster.columns.
      ...columnKeys.map((key) => ({ label: t(`roster.columns.${key}`) })),
    ],
  ];
  // A whole-area roster names each unit once, in a row above its children.
  const rows: (DocumentRow | DocumentHeadingRow)[] = roster.rows.flatMap((row, index) => [
    ...(roster.unitName === null && roster.rows[index - 1]?.unitId !== row.unitId ? [{ key: `unit-${row.unitId}`, heading: row.unitName }] : []),
    {
    key: row.recipientId,
    cells: [
      String(row.number),
      row.fullName,
      formatDate(row.birthDate),
      t(`codes.sex.${row.sex}`), // i18n-dynamic: codes.sex.
      row.address,
      row.circumstance,
      row.proxyName ?? '',
      formatAmount(row.amount),
      '',
    ],
    },
  ]);
  // "Tổng cộng" spans STT … Người nhận thay; the amount, then the empty signature cell.
  const total = { labelSpan: columns.length - 2, cells: [formatAmount(roster.totalAmount), ''] };

  return (
    <div className="roster-print">
      <AdministrativeHeader
        parentAgency={office.parentAgency}
        agency={office.name}
        number={t('roster.document.number')}
        place={office.placeName}
        date={toIsoDate(new Date())}
      />
      <DocumentTitle title={roster.title}>
        <p>{roster.campaignName}</p>
        <p>{roster.unitName ? t('roster.document.unit', { unit: roster.unitName }) : t('roster.document.allUnits')}</p>
        <p>{roster.giftDescription}</p>
      </DocumentTitle>
      <DocumentTable columns={columns} header={header} rows={rows} total={total} />
      <div className="roster-print-closing">
        <p className="roster-print-words">{t('roster.document.inWords', { words: roster.totalInWords })}</p>
        <SignatureBlocks blocks={signatures} />
      </div>
    </div>
  );
}

/** /print/gift-roster?campaign=…&unit=…&followUp=1 */
export function RosterPrintPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [search] = useSearchParams();
  const query = rosterQueryFromSearch(search);
  const office = useQuery(officeQuery(api));
  const roster = useQuery({
    ...rosterQuery(api, query ?? { campaignId: '', unitId: null, followUp: false }),
    enabled: query !== null,
  });
  const ready = query !== null && office.isSuccess && office.data !== null && roster.isSuccess;

  let body;
  if (!query) body = <p className="print-status">{t('roster.badAddress')}</p>;
  else if (office.isError || roster.isError) body = <ErrorAlert code={errorCode(office.error ?? roster.error)} />;
  else if (office.isSuccess && office.data === null) body = <ErrorAlert code="errors.officeNotSetUp" />;
  else if (!ready || !office.data || !roster.data) body = <p role="status">{t('print.loading')}</p>;
  else body = <RosterDocument office={office.data} roster={roster.data} />;

  // The follow-up list is printed from the delivery tab: back there, not to the campaign's list.
  let backTo: string = paths.gifts;
  if (query) backTo = query.followUp ? `${campaignPath(query.campaignId)}?tab=delivery` : campaignPath(query.campaignId);

  return (
    <PrintPage orientation="landscape" ready={ready} backTo={backTo}>
      {body}
    </PrintPage>
  );
}
