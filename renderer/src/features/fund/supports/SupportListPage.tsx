import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { SupportListRow } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useOfficeUnits } from '../../children/queries';
import { useFundLabels } from '../labels';
import { supportCreatePath, supportPath } from '../paths';
import { useSupports } from './queries';
import { SupportFilterBar } from './SupportFilterBar';
import { filtersFromParams, paramsFromFilters, queryFromFilters, type SupportFilters } from './supportFilters';
import { SupportStatusBadge } from './SupportStatusBadge';
import '../../children/children.css';
import '../../gifts/gifts.css';
import './supports.css';

/** Support for children from the fund: every case, filtered by status, type, commune or a search. */
export function SupportListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const supports = useSupports(queryFromFilters(filters));
  const units = useOfficeUnits();
  const onChange = useCallback((next: SupportFilters) => setParams(paramsFromFilters(next), { replace: true }), [setParams]);

  return (
    <div className="fund-supports">
      <div className="children-header">
        <h2>{t('fund.supports.list.title')}</h2>
        <div className="children-actions">
          <Link className="button" to={supportCreatePath()}>
            {t('fund.supports.list.create')}
          </Link>
        </div>
      </div>
      <SupportFilterBar filters={filters} units={units.data ?? []} onChange={onChange} />
      {supports.isPending && <p role="status">{t('fund.supports.common.loading')}</p>}
      {supports.isError && <ErrorAlert code={errorCode(supports.error)} lead={t('fund.supports.list.loadFailed')} />}
      {supports.data &&
        (supports.data.length === 0 ? (
          <p>{t('fund.supports.list.empty')}</p>
        ) : (
          <SupportTable rows={supports.data} />
        ))}
    </div>
  );
}

function SupportTable({ rows }: { rows: SupportListRow[] }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const money = (amount: number | null) => (amount === null ? '' : formatMoney(amount));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('fund.supports.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.supports.columns.child')}</th>
            <th scope="col">{t('fund.supports.columns.unit')}</th>
            <th scope="col">{t('fund.supports.columns.type')}</th>
            <th scope="col">{t('fund.supports.columns.status')}</th>
            <th scope="col">{t('fund.supports.columns.proposedOn')}</th>
            <th scope="col" className="number">
              {t('fund.supports.columns.estimated')}
            </th>
            <th scope="col">{t('fund.supports.columns.decisionNo')}</th>
            <th scope="col" className="number">
              {t('fund.supports.columns.approved')}
            </th>
            <th scope="col" className="number">
              {t('fund.supports.columns.fund')}
            </th>
            <th scope="col">{t('fund.supports.columns.doneOn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={supportPath(row.id)}>{row.childName}</Link>
                <span className="support-sub">{formatDate(row.birthDate)}</span>
              </th>
              <td>{row.unitName}</td>
              <td>{labels.purpose(row.type)}</td>
              <td>
                <SupportStatusBadge status={row.status} />
              </td>
              <td className="nowrap">{formatDate(row.proposedOn)}</td>
              <td className="number nowrap">{formatMoney(row.estimatedCost)}</td>
              <td>{row.decisionNo ?? ''}</td>
              <td className="number nowrap">{money(row.approvedAmount)}</td>
              <td className="number nowrap">{money(row.costFund)}</td>
              <td className="nowrap">{formatDate(row.doneOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
