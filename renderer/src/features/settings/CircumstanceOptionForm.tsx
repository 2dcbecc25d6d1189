import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { legalGroups } from '../../../../shared/codes/groups';
import type { CircumstanceOption } from '../../../../shared/register';
import { circumstanceSaveSchema, type CircumstanceSave } from '../../../../shared/schemas/circumstances';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/client';
import { errorCode } from '../../api/queries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Select, TextInput } from '../children/fields';
import { convertingResolver } from '../children/formResolver';
import { childKeys } from '../children/queries';
import type { CodeLabels } from '../children/useCodeLabels';
import { useFocusFirstError } from '../../ui/useFocusFirstError';
import '../office/office-form.css';

/** Saves one option; the answer is the whole list, which every list of options then shows. */
export function useSaveCircumstance() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CircumstanceSave) => api.request('codes.saveCircumstance', input),
    onSuccess: (list) => {
      // Shown at once, then read again so that every screen using the key agrees with main.
      queryClient.setQueryData(childKeys.circumstances, list);
      void queryClient.invalidateQueries({ queryKey: childKeys.circumstances });
    },
  });
}

interface NameValues {
  groupCode: string;
  nameVi: string;
  nameEn: string;
}

const formFields = ['groupCode', 'nameVi', 'nameEn'] as const;
const isFormField = (path: string): path is (typeof formFields)[number] => (formFields as readonly string[]).includes(path);

/** Messages are i18n keys: 'validation.*' from the schema, 'circumstances.*' from main. */
function messageKey(field: keyof NameValues, message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (field === 'groupCode' && message === 'validation.required') return 'circumstances.groupRequired';
  return message.startsWith('validation.') || message.startsWith('circumstances.') ? message : 'validation.invalid';
}

interface OptionFormProps {
  kind: CircumstanceOption['kind'];
  /** The option being edited; null for the "add" form under a list. */
  option: CircumstanceOption | null;
  labels: CodeLabels;
  onStatus: (text: string) => void;
  onDone?: () => void;
}

/** Adds an option (with its group, for a sub-group) or renames one; its code and group never change. */
export function CircumstanceOptionForm({ kind, option, labels, onStatus, onDone }: OptionFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const save = useSaveCircumstance();
  const [fieldRefused, setFieldRefused] = useState(false);
  const chooseGroup = option === null && kind === 'subgroup';
  const { register, handleSubmit, formState, getFieldState, setError, setFocus, reset } = useForm<NameValues, unknown, CircumstanceSave>({
    resolver: convertingResolver(circumstanceSaveSchema, (values: NameValues) => ({
      code: option?.code ?? null,
      kind,
      groupCode: chooseGroup ? values.groupCode || null : (option?.groupCode ?? null),
      nameVi: values.nameVi,
      nameEn: values.nameEn,
      active: option?.active ?? true,
    })),
    defaultValues: { groupCode: option?.groupCode ?? '', nameVi: option?.nameVi ?? '', nameEn: option?.nameEn ?? '' },
    shouldFocusError: false,
  });

  useEffect(() => {
    if (option) setFocus('nameVi');
  }, [option, setFocus]);

  const submit = (input: CircumstanceSave) => {
    if (save.isPending) return;
    setFieldRefused(false);
    save.mutate(input, {
      onSuccess: () => {
        const name = input.nameVi.trim();
        onStatus(option ? t('circumstances.saved', { name }) : t('circumstances.added', { name }));
        if (option) onDone?.();
        else reset({ groupCode: chooseGroup ? (input.groupCode ?? '') : '', nameVi: '', nameEn: '' });
      },
      onError: (error) => {
        const issues = error instanceof ApiError ? (error.error.details ?? []) : [];
        const onFields = issues.filter((issue) => isFormField(issue.path));
        for (const issue of onFields) if (isFormField(issue.path)) setError(issue.path, { message: issue.message });
        setFieldRefused(onFields.length > 0);
        if (onFields.length > 0) focusFirstError();
      },
    });
  };

  const prefix = option ? `circumstance-${option.code}` : `circumstance-new-${kind}`;
  const error = (field: keyof NameValues) => messageKey(field, getFieldState(field, formState).error?.message);
  const title = option
    ? t('circumstances.editFor', { name: labels.optionName(option) })
    : kind === 'subgroup'
      ? t('circumstances.addSubgroupTitle')
      : t('circumstances.addAtRiskTitle');

  return (
    <form
      ref={formRef}
      className={option ? 'circumstance-form' : 'circumstance-form circumstance-form-new'}
      noValidate
      aria-label={option ? title : undefined}
      aria-labelledby={option ? undefined : `${prefix}-title`}
      onKeyDown={(event) => {
        if (option && event.key === 'Escape') onDone?.();
      }}
      onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}
    >
      {!option && <h4 id={`${prefix}-title`}>{title}</h4>}
      {chooseGroup && (
        <Select id={`${prefix}-group`} label={t('circumstances.group')} errorKey={error('groupCode')} registration={register('groupCode')} required>
          <option value="">{t('circumstances.chooseGroup')}</option>
          {legalGroups.map((group) => (
            <option key={group.code} value={group.code}>
              {labels.groupLabel(group.code)}
            </option>
          ))}
        </Select>
      )}
      <TextInput id={`${prefix}-name-vi`} label={t('circumstances.nameVi')} errorKey={error('nameVi')} registration={register('nameVi')} required />
      <TextInput
        id={`${prefix}-name-en`}
        label={t('circumstances.nameEn')}
        hint={t('circumstances.nameEnHint')}
        errorKey={error('nameEn')}
        registration={register('nameEn')}
      />
      {save.error && !fieldRefused && <ErrorAlert code={errorCode(save.error)} lead={t('circumstances.saveFailed')} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {option ? t('circumstances.save') : t('circumstances.add')}
        </button>
        {option && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('circumstances.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
