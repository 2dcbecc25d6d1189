import { useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatDate } from '../../../../../shared/format';
import type { SupportDetail, SupportEvent } from '../../../../../shared/fund';
import { followUpSchema } from '../../../../../shared/schemas/fund';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useDiscardGuard } from '../../../ui/useDiscardGuard';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { showRefusal } from '../common/refusal';
import { Section } from './CaseSections';
import { useSupportWrite } from './queries';

type FollowUpInput = z.output<typeof followUpSchema>;

interface FollowUpValues {
  notedOn: string;
  text: string;
}

/** Newest first: by the day noted, then by when it was written. */
export function followUps(support: SupportDetail): SupportEvent[] {
  return support.events
    .filter((event) => event.kind === 'followUp')
    .sort((a, b) => (b.on ?? '').localeCompare(a.on ?? '') || b.at.localeCompare(a.at));
}

/** "Theo dõi sau hỗ trợ": how the child is doing after the support; notes added once the case is done. */
export function FollowUpSection({ support, onTransition }: { support: SupportDetail; onTransition: () => void }) {
  const { t } = useTranslation();
  const notes = followUps(support);
  const allowed = support.actions.includes('followUp');
  return (
    <Section id="support-followUp" title={t('fund.supports.detail.followUp')}>
      {notes.length === 0 ? (
        <p>{t('fund.supports.followUp.none')}</p>
      ) : (
        <ul className="support-history">
          {notes.map((note) => (
            <li key={note.id}>
              <strong>{formatDate(note.on)}</strong>: <span className="preserve-lines">{note.text}</span>
            </li>
          ))}
        </ul>
      )}
      {allowed && <FollowUpForm supportId={support.id} onTransition={onTransition} />}
    </Section>
  );
}

function FollowUpForm({ supportId, onTransition }: { supportId: string; onTransition: () => void }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const add = useSupportWrite('fund.addFollowUp');
  const { register, handleSubmit, formState, getFieldState, setError, reset } = useForm<FollowUpValues, unknown, FollowUpInput>({
    resolver: convertingResolver(followUpSchema, (values: FollowUpValues) => ({
      supportId,
      notedOn: dateForSchema(values.notedOn),
      text: values.text,
    })) as Resolver<FollowUpValues, unknown, FollowUpInput>,
    defaultValues: { notedOn: dateForField(todayIso()), text: '' },
    shouldFocusError: false,
  });
  const empty = () => reset({ notedOn: dateForField(todayIso()), text: '' });
  // A note half written is only thrown away when the user says so; then typing starts again.
  const discard = useDiscardGuard(formState.isDirty, () => {
    empty();
    document.getElementById('followUp-text')?.focus();
  });
  const error = (name: 'notedOn' | 'text') => messageKey(getFieldState(name, formState).error?.message);

  const submit = (input: FollowUpInput) => {
    if (add.isPending) return;
    setFailure(null);
    setSaved(false);
    add.mutate(input, {
      onSuccess: () => {
        empty();
        setSaved(true);
      },
      onError: (caught) => {
        setFailure(showRefusal({ caught, fields: ['notedOn', 'text'], setError, onTransition }));
        focusFirstError();
      },
    });
  };

  return (
    <form ref={formRef} className="support-inline-form" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      <h4>{t('fund.supports.followUp.add')}</h4>
      <DateInput id="followUp-notedOn" label={t('fund.supports.followUp.notedOn')} errorKey={error('notedOn')} registration={register('notedOn')} required />
      <TextArea id="followUp-text" label={t('fund.supports.followUp.text')} errorKey={error('text')} registration={register('text')} required />
      {failure && <ErrorAlert code={failure} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          {t('fund.supports.followUp.submit')}
        </button>
        {formState.isDirty && (
          <button type="button" className="button button-secondary" onClick={discard.requestClose}>
            {t('fund.supports.common.cancel')}
          </button>
        )}
        <span role="status" className="form-status">
          {saved && t('fund.supports.followUp.saved')}
        </span>
      </div>
      <UnsavedChangesGuard when={formState.isDirty} />
      {discard.prompt}
    </form>
  );
}
