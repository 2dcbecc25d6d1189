import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Donor } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { matchesSearch } from '../../../lib/searchText';
import { describedBy } from '../../../ui/describedBy';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { useDiscardGuard } from '../../../ui/useDiscardGuard';
import { messageKey } from '../../children/dateText';
import { DonorForm } from '../donors/DonorForm';
import { donorKeys, useDonors } from '../donors/queries';
import { useFundLabels } from '../labels';
import type { ReceiptFormValues } from './receiptFormValues';

/**
 * The receipt's donor: a list narrowed by what is typed, and "Thêm nhà tài trợ mới", which opens
 * the donor's form in place and chooses the donor once saved. The donor's form is its own form,
 * so this sits outside the receipt's <form> element; what is typed in it is guarded like the
 * receipt's own (`onDirtyChange` tells the page), and its Cancel asks before discarding it.
 */
export function DonorPicker({ onDirtyChange }: { onDirtyChange: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const queryClient = useQueryClient();
  const donors = useDonors();
  const { control } = useFormContext<ReceiptFormValues>();
  const { field, fieldState } = useController({ control, name: 'donorId' });
  const [text, setText] = useState('');
  const [adding, setAdding] = useState(false);
  const [donorDirty, setDonorDirty] = useState(false);
  const discard = useDiscardGuard(donorDirty, () => setAdding(false));
  const donorTyped = useCallback(
    (dirty: boolean) => {
      setDonorDirty(dirty);
      onDirtyChange(dirty);
    },
    [onDirtyChange],
  );
  const errorKey = messageKey(fieldState.error?.message);

  // The chosen donor stays in the list whatever is typed, so the choice never silently changes.
  const options = useMemo(
    () => (donors.data ?? []).filter((donor) => donor.id === field.value || matchesSearch(donor.name, text)),
    [donors.data, field.value, text],
  );

  const added = (donor: Donor) => {
    queryClient.setQueryData<Donor[]>(donorKeys.all, (list) => [...(list ?? []).filter((other) => other.id !== donor.id), donor]);
    field.onChange(donor.id);
    setText('');
    setAdding(false);
  };

  return (
    <section className="form-section" aria-labelledby="fund-receipt-donor-title">
      <h3 id="fund-receipt-donor-title">{t('fund.receipts.form.donorSection')}</h3>
      <div className="field">
        <label htmlFor="fund-receipt-donor-search">{t('fund.receipts.form.donorSearch')}</label>
        <input
          id="fund-receipt-donor-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="fund-receipt-donor">{t('fund.receipts.form.donorSelect')}</label>
        <select
          id="fund-receipt-donor"
          ref={field.ref}
          name={field.name}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          aria-required
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={describedBy(errorKey && 'fund-receipt-donor-error')}
        >
          <option value="">{options.length === 0 && text !== '' ? t('fund.receipts.form.noDonorMatch') : t('fund.layout.common.choose')}</option>
          {options.map((donor) => (
            <option key={donor.id} value={donor.id}>
              {t('fund.receipts.form.donorOption', { name: donor.name, kind: labels.donorKind(donor.kind) })}
            </option>
          ))}
        </select>
        <FieldError id="fund-receipt-donor-error" messageKey={errorKey} />
      </div>
      {donors.error && <ErrorAlert code={errorCode(donors.error)} />}
      {adding ? (
        <div className="inline-form fund-inline-donor" role="group" aria-labelledby="fund-receipt-new-donor-title">
          <h4 id="fund-receipt-new-donor-title">{t('fund.receipts.form.newDonorTitle')}</h4>
          <DonorForm idPrefix="fund-receipt-new-donor" onSaved={added} onCancel={discard.requestClose} onDirtyChange={donorTyped} />
        </div>
      ) : (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t('fund.receipts.form.newDonor')}
          </button>
        </p>
      )}
      {discard.prompt}
    </section>
  );
}
