import type { ReactNode } from 'react';
import { formatDate, toIsoDate } from '../../../../shared/format/date';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import type { Period } from '../../features/reports/review/periods';
import { AdministrativeHeader } from '../AdministrativeHeader';
import { DocumentTitle } from '../DocumentTitle';
import { useDocumentT } from '../useDocumentT';

/** The administrative header, the title in capitals and the period, as every fund report opens. */
export function FundDocumentHead(props: { office: OfficeProfile; number: string; title: string; period: Period; children?: ReactNode }) {
  const { office, number, title, period, children } = props;
  const t = useDocumentT();
  return (
    <>
      <AdministrativeHeader parentAgency={office.parentAgency} agency={office.name} number={number} place={office.placeName} date={toIsoDate(new Date())} />
      <DocumentTitle title={title}>
        {children}
        <p>{t('print.fund.period', { from: formatDate(period.from), to: formatDate(period.to) })}</p>
      </DocumentTitle>
    </>
  );
}

