import { useMemo, useRef } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { LedgerLine, PostingRef } from '../../../../../shared/fund';
import { postingReverseSchema } from '../../../../../shared/schemas/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { Dialog } from '../../children/Dialog';
import { DateInput, TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { serverFieldIssues } from '../../children/serverIssues';
import { withChecks } from '../../gifts/formHelpers';
import { useFundLabels } from '../labels';
import { isOverdraft, OverrideReason, useOverdraftRefusal } from '../overview/OverrideReason';
import { useReversePosting } from './queries';

type ReverseInput = z.output<typeof postingReverseSchema>;

interface ReverseValues {
  date: string;
  reason: string;
  overrideReason: string;
}

const fields = ['date', 'reason', 'overrideReason'] as const;
const dateRefusals = new Set(['errors.periodLocked', 'errors.futureDate', 'errors.reversalBeforeOriginal']);

/** "Đảo bút toán": a campaign payment or goods issue undone by a reversing posting on a chosen day. */
export function ReverseDialog({ line, onCancel, onDone }: { line: LedgerLine; onCancel: () => void; onDone: (posting: PostingRef) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const reverse = useReversePosting();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { refused, refuse } = useOverdraftRefusal('fund-reverse-override');
  const overrideNeeded = useRef(false);
  // The resolver runs outside render and reads this when the form is checked.
  overrideNeeded.current = refused;

  const resolver = useMemo(
    () =>
      withChecks(
        convertingResolver(postingReverseSchema, (values: ReverseValues) => ({
          postingId: line.postingId,
          date: dateForSchema(values.date),
          reason: values.reason,
          overrideReason: overrideNeeded.current ? values.overrideReason : null,
        })) as Resolver<ReverseValues, unknown, ReverseInput>,
        (values) => (overrideNeeded.current && values.overrideReason.trim() === '' ? [{ path: 'overrideReason', message: 'validation.required' }] : []),
      ),
    [line.postingId],
  );
  const { register, handleSubmit, formState, getFieldState, setError } = useForm<ReverseValues, unknown, ReverseInput>({
    resolver,
    defaultValues: { date: dateForField(todayIso()), reason: '', overrideReason: '' },
    shouldFocusError: false,
  });
  const error = (name: Path<ReverseValues>) => messageKey(getFieldState(name, formState).error?.message);

  const onError = (caught: unknown) => {
    if (isOverdraft(caught)) refuse();
    const issues = serverFieldIssues(caught, fields);
    const code = errorCode(caught);
    if (dateRefusals.has(code)) issues.push({ field: 'date', message: code });
    for (const issue of issues) setError(issue.field, { type: 'server', message: issue.message });
    if (issues.length > 0) focusFirstError();
  };
  const submit = (input: ReverseInput) => {
    if (reverse.isPending) return;
    reverse.mutate(input, { onSuccess: onDone, onError });
  };
  const failure = reverse.error && !isOverdraft(reverse.error) && !dateRefusals.has(errorCode(reverse.error)) ? errorCode(reverse.error) : null;

  return (
    <Dialog title={t('fund.ledger.reverse.title', { seq: line.seq })} onClose={onCancel} wide>
      <p className="dialog-subject">
        {t('fund.ledger.reverse.subject', {
          seq: line.seq,
          date: formatDate(line.postedOn),
          source: labels.postingSource(line.source),
          what: line.campaignName ?? line.reference ?? '',
          amount: formatMoney(Math.abs(line.amount)),
        })}
      </p>
      <p className="field-hint">{t('fund.ledger.reverse.hint')}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
        <DateInput id="fund-reverse-date" label={t('fund.ledger.reverse.date')} hint={t('fund.layout.common.dateHint')} errorKey={error('date')} registration={register('date')} required />
        <TextArea id="fund-reverse-reason" label={t('fund.ledger.reverse.reason')} errorKey={error('reason')} registration={register('reason')} required />
        {refused && <OverrideReason id="fund-reverse-override" explanation={t('errors.fundOverdraft')} errorKey={error('overrideReason')} registration={register('overrideReason')} />}
        {failure && <ErrorAlert code={failure} lead={t('fund.ledger.reverse.failed')} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('fund.layout.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={reverse.isPending || undefined}>
            {t('fund.ledger.reverse.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
