import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChildDetail } from '../../../../../shared/register';
import { membershipInputSchema, type MembershipInput } from '../../../../../shared/schemas/children';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso } from '../age';
import { dateForField, dateForSchema, messageKey } from '../dateText';
import { DateInput, Select, TextArea } from '../fields';
import { convertingResolver } from '../formResolver';
import { serverFieldIssues } from '../serverIssues';
import { useCodeLabels } from '../useCodeLabels';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';

interface AddValues {
  /** "group:a" or "atRisk:r1": one select offers both kinds. */
  code: string;
  subgroupCode: string;
  startDate: string;
  note: string;
}

function splitChoice(choice: string): { kind: string | undefined; code: string } {
  const [kind, code] = choice.split(':');
  return { kind: choice === '' ? undefined : kind, code: code ?? '' };
}

interface MembershipAddFormProps {
  child: ChildDetail;
  onCancel: () => void;
  onAdded: (child: ChildDetail) => void;
}

/** Adds a group (or at-risk entry) the child has come into, from a date. */
export function MembershipAddForm({ child, onCancel, onAdded }: MembershipAddFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const labels = useCodeLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { register, handleSubmit, formState, getFieldState, watch, setValue, setError } = useForm<AddValues, unknown, MembershipInput>({
    resolver: convertingResolver(membershipInputSchema, (values: AddValues) => ({
      ...splitChoice(values.code),
      subgroupCode: values.subgroupCode,
      startDate: dateForSchema(values.startDate),
      note: values.note,
    })),
    defaultValues: { code: '', subgroupCode: '', startDate: dateForField(todayIso()), note: '' },
    shouldFocusError: false,
  });
  const add = useMutation({
    mutationFn: (input: MembershipInput) => api.request('memberships.add', { ...input, childId: child.id }),
    onSuccess: onAdded,
    onError: (caught) => {
      const issues = serverFieldIssues(caught, ['code', 'subgroupCode', 'startDate', 'note'] as const);
      for (const { field, message } of issues) setError(field, { type: 'server', message });
      if (issues.length > 0) focusFirstError();
    },
  });
  const error = (name: keyof AddValues) => messageKey(getFieldState(name, formState).error?.message);

  const current = new Set(child.memberships.filter((m) => m.endDate === null).map((m) => `${m.kind}:${m.code}`));
  const choice = splitChoice(watch('code'));
  const subgroups = choice.kind === 'group' ? labels.subgroupsOf(choice.code) : [];

  return (
    <form
      ref={formRef}
      className="inline-form"
      noValidate
      aria-labelledby="membership-add-title"
      onSubmit={(event) =>
        void handleSubmit((values) => {
          if (!add.isPending) add.mutate(values);
        }, focusFirstError)(event)
      }
    >
      <h3 id="membership-add-title">{t('children.memberships.addTitle')}</h3>
      <Select id="membership-add-code" label={t('children.memberships.choice')} errorKey={error('code')} registration={register('code', { onChange: () => setValue('subgroupCode', '') })} required>
        <option value="">{t('children.common.choose')}</option>
        <optgroup label={t('children.memberships.groupsHeading')}>
          {labels.groups
            .filter((group) => !current.has(`group:${group.code}`))
            .map((group) => (
              <option key={group.code} value={`group:${group.code}`}>
                {labels.groupLabel(group.code)}
              </option>
            ))}
        </optgroup>
        <optgroup label={t('children.memberships.atRiskHeading')}>
          {labels.atRiskOptions
            .filter((option) => !current.has(`atRisk:${option.code}`))
            .map((option) => (
              <option key={option.code} value={`atRisk:${option.code}`}>
                {labels.optionName(option)}
              </option>
            ))}
        </optgroup>
      </Select>
      {subgroups.length > 0 && (
        <Select id="membership-add-subgroup" label={t('children.memberships.subgroup')} errorKey={error('subgroupCode')} registration={register('subgroupCode')}>
          <option value="">{t('children.common.notSpecified')}</option>
          {subgroups.map((option) => (
            <option key={option.code} value={option.code}>
              {labels.optionName(option)}
            </option>
          ))}
        </Select>
      )}
      <DateInput id="membership-add-start" label={t('children.memberships.from')} errorKey={error('startDate')} registration={register('startDate')} required />
      <TextArea id="membership-add-note" label={t('children.memberships.note')} errorKey={error('note')} registration={register('note')} rows={2} />
      {add.error && <ErrorAlert code={errorCode(add.error)} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          {t('children.memberships.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('children.common.cancel')}
        </button>
      </div>
    </form>
  );
}
