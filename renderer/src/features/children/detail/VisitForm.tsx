import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChildDetail, Visit } from '../../../../../shared/register';
import { visitInputSchema, type VisitInput } from '../../../../../shared/schemas/children';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { todayIso } from '../age';
import { dateForField, dateForSchema, messageKey } from '../dateText';
import { DateInput, TextArea, TextInput } from '../fields';
import { convertingResolver } from '../formResolver';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';

interface VisitValues {
  visitDate: string;
  visitor: string;
  health: string;
  schooling: string;
  needs: string;
  notes: string;
}

const toValues = (visit: Visit | null): VisitValues => ({
  visitDate: dateForField(visit?.visitDate ?? todayIso()),
  visitor: visit?.visitor ?? '',
  health: visit?.health ?? '',
  schooling: visit?.schooling ?? '',
  needs: visit?.needs ?? '',
  notes: visit?.notes ?? '',
});

interface VisitFormProps {
  child: ChildDetail;
  /** The visit being edited; null for a new one. */
  visit: Visit | null;
  onCancel: () => void;
  onSaved: (child: ChildDetail) => void;
}

/** A home visit: when, who went, and what they found about health, school and needs. */
export function VisitForm({ child, visit, onCancel, onSaved }: VisitFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { register, handleSubmit, formState, getFieldState } = useForm<VisitValues, unknown, VisitInput>({
    resolver: convertingResolver(visitInputSchema, (values: VisitValues) => ({
      ...values,
      childId: child.id,
      visitDate: dateForSchema(values.visitDate),
    })),
    defaultValues: toValues(visit),
    shouldFocusError: false,
  });
  const save = useMutation({
    mutationFn: (input: VisitInput) =>
      visit ? api.request('visits.update', { ...input, id: visit.id }) : api.request('visits.add', input),
    onSuccess: onSaved,
  });
  const error = (name: keyof VisitValues) => messageKey(getFieldState(name, formState).error?.message);
  const prefix = visit ? `visit-${visit.id}` : 'visit-new';

  return (
    <form
      ref={formRef}
      className="inline-form"
      noValidate
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) =>
        void handleSubmit((values) => {
          if (!save.isPending) save.mutate(values);
        }, focusFirstError)(event)
      }
    >
      <h3 id={`${prefix}-title`}>{visit ? t('visits.form.editTitle') : t('visits.form.addTitle')}</h3>
      <DateInput id={`${prefix}-date`} label={t('visits.fields.visitDate')} errorKey={error('visitDate')} registration={register('visitDate')} required />
      <TextInput id={`${prefix}-visitor`} label={t('visits.fields.visitor')} errorKey={error('visitor')} registration={register('visitor')} required />
      <TextArea id={`${prefix}-health`} label={t('visits.fields.health')} errorKey={error('health')} registration={register('health')} />
      <TextArea id={`${prefix}-schooling`} label={t('visits.fields.schooling')} errorKey={error('schooling')} registration={register('schooling')} />
      <TextArea id={`${prefix}-needs`} label={t('visits.fields.needs')} errorKey={error('needs')} registration={register('needs')} />
      <TextArea id={`${prefix}-notes`} label={t('visits.fields.notes')} errorKey={error('notes')} registration={register('notes')} />
      {save.error && <ErrorAlert code={errorCode(save.error)} lead={t('visits.form.saveFailed')} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t('visits.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('children.common.cancel')}
        </button>
      </div>
      <UnsavedChangesGuard when={formState.isDirty && !save.isPending && !save.isSuccess} />
    </form>
  );
}
