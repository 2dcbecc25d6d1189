import type { ReactNode } from 'react';
import { toIsoDate } from '../../../../shared/format/date';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { AdministrativeHeader } from '../AdministrativeHeader';
import { DocumentTitle } from '../DocumentTitle';
import { useDocumentT } from '../useDocumentT';

/** The administrative header, dated today, and the title in capitals with the lines under it. */
export function ModelsDocumentHead({ office, title, children }: { office: OfficeProfile; title: string; children?: ReactNode }) {
  const t = useDocumentT();
  return (
    <>
      <AdministrativeHeader
        parentAgency={office.parentAgency}
        agency={office.name}
        number={t('print.models.reportNumber')}
        place={office.placeName}
        date={toIsoDate(new Date())}
      />
      <DocumentTitle title={title}>{children}</DocumentTitle>
    </>
  );
}
