import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/format';
import type { Donor } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { matchesSearch } from '../../../lib/searchText';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { useFundLabels } from '../labels';
import { DonorForm } from './DonorForm';
import { useDonors } from './queries';

type Open = { kind: 'create' } | { kind: 'edit'; donor: Donor } | null;

/** What the donors list is searched by: name, contact person, phone, e-mail. */
const donorText = (donor: Donor) => [donor.name, donor.contactPerson, donor.phone, donor.email].filter(Boolean).join(' ');

/** The fund's donors: who they are, how to reach them, what they gave. Created and edited in a dialog. */
export function DonorListPage() {
  const { t } = useTranslation();
  const donors = useDonors();
  const [text, setText] = useState('');
  const search = useDeferredValue(text);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const rows = useMemo(() => (donors.data ?? []).filter((donor) => matchesSearch(donorText(donor), search)), [donors.data, search]);

  const start = (next: Open) => {
    setDone(null);
    setOpen(next);
  };

  return (
    <div className="fund-donors">
      <div className="children-header">
        <h2>{t('fund.donors.title')}</h2>
        {donors.data && (
          <p className="children-count" role="status">
            {t('fund.donors.count', { count: donors.data.length })}
          </p>
        )}
        <div className="children-actions">
          <button type="button" className="button" onClick={() => start({ kind: 'create' })}>
            {t('fund.donors.create')}
          </button>
        </div>
      </div>
      <p role="status" className="form-status">
        {done && <span className="notice-success fund-done">{done}</span>}
      </p>
      <div className="field children-search">
        <label htmlFor="fund-donor-search">{t('fund.donors.search')}</label>
        <input id="fund-donor-search" type="search" autoComplete="off" spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      {donors.isPending && <p role="status">{t('fund.layout.common.loading')}</p>}
      {donors.error && <ErrorAlert code={errorCode(donors.error)} lead={t('fund.donors.loadFailed')} />}
      {donors.data &&
        (donors.data.length === 0 ? (
          <p>{t('fund.donors.empty')}</p>
        ) : rows.length === 0 ? (
          <p>{t('fund.donors.noMatch')}</p>
        ) : (
          <DonorTable rows={rows} onEdit={(donor) => start({ kind: 'edit', donor })} />
        ))}
      {open && (
        <FormDialog title={open.kind === 'create' ? t('fund.donors.createTitle') : t('fund.donors.editTitle')} onClose={() => setOpen(null)} dirty={dirty} wide>
          {(close) => (
            <DonorForm
              idPrefix="fund-donor"
              donor={open.kind === 'edit' ? open.donor : undefined}
              onCancel={close}
              onDirtyChange={setDirty}
              onSaved={(donor) => {
                setOpen(null);
                setDone(t('fund.donors.saved', { name: donor.name }));
              }}
            />
          )}
        </FormDialog>
      )}
    </div>
  );
}

function DonorTable({ rows, onEdit }: { rows: Donor[]; onEdit: (donor: Donor) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  return (
    <div className="fund-table-scroll">
      <table className="data-table fund-table">
        <caption className="visually-hidden">{t('fund.donors.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.donors.name')}</th>
            <th scope="col">{t('fund.donors.kind')}</th>
            <th scope="col">{t('fund.donors.origin')}</th>
            <th scope="col">{t('fund.donors.contact')}</th>
            <th scope="col" className="number">
              {t('fund.donors.receiptCount')}
            </th>
            <th scope="col" className="number">
              {t('fund.donors.receivedTotal')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('fund.layout.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((donor) => (
            <tr key={donor.id}>
              <th scope="row">
                {donor.name}
                {donor.anonymous && ' '}
                {donor.anonymous && <span className="fund-badge">{t('fund.donors.anonymousBadge')}</span>}
              </th>
              <td>{labels.donorKind(donor.kind)}</td>
              <td>{labels.donorOrigin(donor.origin)}</td>
              <td>
                {[donor.contactPerson, donor.phone, donor.email].filter(Boolean).map((part) => (
                  <div key={part}>{part}</div>
                ))}
              </td>
              <td className="number">{donor.receiptCount}</td>
              <td className="number nowrap">{formatMoney(donor.receivedTotal)}</td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('fund.donors.editFor', { name: donor.name })}
                  onClick={() => onEdit(donor)}
                >
                  {t('fund.donors.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
