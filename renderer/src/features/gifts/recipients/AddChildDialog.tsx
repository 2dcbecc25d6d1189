import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { foldVietnamese, formatDate } from '../../../../../shared/format';
import type { CampaignDetail, RecipientRow } from '../../../../../shared/gifts';
import { recipientAddSchema } from '../../../../../shared/schemas/gifts';
import type { z } from 'zod';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/client';
import { errorCode } from '../../../api/queries';
import { describedBy } from '../../../ui/describedBy';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { messageKey } from '../../children/dateText';
import { Dialog } from '../../children/Dialog';
import { TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { childKeys } from '../../children/queries';
import { serverFieldIssues } from '../../children/serverIssues';
import { useAddRecipient } from '../queries';

type AddInput = z.output<typeof recipientAddSchema>;

interface AddValues {
  childId: string;
  reason: string;
}

const searchDelayMs = 250;
const shownMatches = 20;
/** Refusals about the chosen child are shown beside the choice. */
const childRefusals = new Set(['errors.recipientExists', 'errors.childNotEligible', 'errors.notFound']);

interface AddChildDialogProps {
  campaign: CampaignDetail;
  onCancel: () => void;
  onDone: (row: RecipientRow) => void;
}

/** "Thêm trẻ": find a child on the register, pick them, say why they are added by hand. */
export function AddChildDialog({ campaign, onCancel, onDone }: AddChildDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const add = useAddRecipient(campaign.id);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSearch(foldVietnamese(text).slice(0, 100)), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const listQuery = { search, statuses: ['active' as const, 'atRisk' as const], offset: 0, limit: shownMatches };
  const matches = useQuery({
    queryKey: [...childKeys.lists, 'giftAdd', listQuery],
    queryFn: () => api.request('children.list', listQuery),
    enabled: search.length >= 2,
    placeholderData: keepPreviousData,
  });

  const { register, handleSubmit, formState, getFieldState, setError } = useForm<AddValues, unknown, AddInput>({
    resolver: withChecks(
      convertingResolver(recipientAddSchema, (values: AddValues) => ({ campaignId: campaign.id, ...values })) as Resolver<AddValues, unknown, AddInput>,
      (values) => (values.childId === '' ? [{ path: 'childId', message: 'gifts.add.chooseChild' }] : []),
    ),
    defaultValues: { childId: '', reason: '' },
    shouldFocusError: false,
  });
  const error = (name: Path<AddValues>) => messageKey(getFieldState(name, formState).error?.message);
  const childError = getFieldState('childId', formState).error?.message;
  const childErrorKey = childError === 'gifts.add.chooseChild' ? childError : messageKey(childError);

  const onError = (caught: unknown) => {
    const issues = serverFieldIssues(caught, ['childId', 'reason'] as const);
    if (caught instanceof ApiError && childRefusals.has(caught.error.code)) {
      issues.push({ field: 'childId', message: caught.error.code });
    }
    for (const { field, message } of issues) setError(field, { type: 'server', message });
    if (issues.length > 0) focusFirstError();
  };
  const submit = (input: AddInput) => {
    if (add.isPending) return;
    add.mutate(input, { onSuccess: onDone, onError });
  };
  const alert = add.error && !(add.error instanceof ApiError && childRefusals.has(add.error.error.code));
  const rows = matches.data?.rows ?? [];

  return (
    <Dialog title={t('gifts.add.title')} onClose={onCancel} wide>
      <p className="field-hint">{campaign.status === 'frozen' ? t('gifts.reason.frozenHint') : t('gifts.add.hint')}</p>
      <div className="field">
        <label htmlFor="gift-add-search">{t('gifts.add.search')}</label>
        <p id="gift-add-search-hint" className="field-hint">
          {t('gifts.add.searchHint')}
        </p>
        <input
          id="gift-add-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="gift-add-search-hint"
        />
      </div>
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
        <fieldset className="radio-group gift-add-matches" aria-describedby={describedBy(childErrorKey && 'gift-add-child-error')}>
          <legend>{t('gifts.add.choose')}</legend>
          <p role="status" className="field-hint">
            {search.length < 2
              ? t('gifts.add.typeMore')
              : matches.isFetching
                ? t('gifts.common.loading')
                : matches.data && (matches.data.total === 0 ? t('gifts.add.noMatch') : t('gifts.add.matchCount', { count: matches.data.total, shown: rows.length }))}
          </p>
          {search.length >= 2 && rows.length > 0 && (
            <ul className="gift-add-list">
              {rows.map((child) => (
                <li key={child.id} className="radio-option">
                  <input
                    id={`gift-add-${child.id}`}
                    type="radio"
                    value={child.id}
                    aria-invalid={childErrorKey ? true : undefined}
                    aria-describedby={describedBy(childErrorKey && 'gift-add-child-error')}
                    {...register('childId')}
                  />
                  <label htmlFor={`gift-add-${child.id}`}>
                    {t('gifts.add.childLine', { name: child.fullName, birthDate: formatDate(child.birthDate), unit: child.unitName })}
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldError id="gift-add-child-error" messageKey={childErrorKey} />
        </fieldset>
        <TextArea id="gift-add-reason" label={t('gifts.reason.reason')} errorKey={error('reason')} registration={register('reason')} required />
        {alert && <ErrorAlert code={errorCode(add.error)} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('gifts.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
            {t('gifts.add.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
