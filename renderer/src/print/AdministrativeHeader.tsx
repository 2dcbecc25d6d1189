import { formatPlaceAndDate } from '../../../shared/format/date';
import { useDocumentT } from './useDocumentT';

interface AdministrativeHeaderProps {
  /** Cơ quan chủ quản, e.g. "UBND QUẬN NGÔ QUYỀN". */
  parentAgency: string;
  /** Cơ quan ban hành, e.g. "PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI". */
  agency: string;
  /** What follows "Số:", e.g. "……/BC"; left to be filled in by hand when the office numbers it. */
  number: string;
  place: string;
  /** The document's date, YYYY-MM-DD. */
  date: string;
}

/**
 * The header of an administrative document (Nghị định 30/2020/NĐ-CP, DOMAIN.md §9): a
 * borderless two-column block — the agencies left, the national name and motto right, each
 * with a short rule — and under it the number left and the place and date right.
 */
export function AdministrativeHeader({ parentAgency, agency, number, place, date }: AdministrativeHeaderProps) {
  const t = useDocumentT();
  return (
    <header className="admin-header">
      <div className="admin-header__agency">
        <p className="admin-header__parent">{parentAgency.toLocaleUpperCase('vi')}</p>
        <p className="admin-header__issuer">{agency.toLocaleUpperCase('vi')}</p>
        <div className="admin-header__rule admin-header__rule--short" aria-hidden="true" />
      </div>
      <div className="admin-header__nation">
        <p className="admin-header__nation-name">{t('print.header.nation')}</p>
        <p className="admin-header__motto">{t('print.header.motto')}</p>
      </div>
      <p className="admin-header__number">{t('print.header.number', { number })}</p>
      <p className="admin-header__date">{formatPlaceAndDate(place, date)}</p>
    </header>
  );
}
