import { useRef } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatMoney } from '../../../../../shared/format';
import type { RecipientRow } from '../../../../../shared/gifts';
import { recipientGiftSchema } from '../../../../../shared/schemas/gifts';
import type { z } from 'zod';
import { ApiError } from '../../../api/client';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MoneyInput } from '../../../ui/MoneyInput';
import { moneyForSchema } from '../../../ui/schemaInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { messageKey } from '../../children/dateText';
import { Dialog } from '../../children/Dialog';
import { TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { serverFieldIssues } from '../../children/serverIssues';
import { useGiftLabels } from '../labels';
import { useSetRecipientGift } from '../queries';

type GiftInput = z.output<typeof recipientGiftSchema>;

interface GiftValues {
  /** The child's own gift instead of the campaign's (or their group's). */
  own: boolean;
  gift: { cash: string; goodsValue: string };
  proxyName: string;
  reason: string;
}

const giftFields = ['gift.cash', 'gift.goodsValue', 'proxyName', 'reason'] as const;

interface RecipientGiftDialogProps {
  campaignId: string;
  row: RecipientRow;
  frozen: boolean;
  onCancel: () => void;
  onDone: (row: RecipientRow) => void;
}

/** One child's gift (their own amount, or back to the campaign's) and who receives it for them. */
export function RecipientGiftDialog({ campaignId, row, frozen, onCancel, onDone }: RecipientGiftDialogProps) {
  const { t } = useTranslation();
  const giftLabels = useGiftLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const save = useSetRecipientGift(campaignId);

  const resolver = withChecks(
    convertingResolver(recipientGiftSchema, (values: GiftValues) => ({
      recipientId: row.id,
      gift: values.own ? { cash: moneyForSchema(values.gift.cash, 0), goodsValue: moneyForSchema(values.gift.goodsValue, 0) } : null,
      proxyName: values.proxyName,
      reason: values.reason,
    })) as Resolver<GiftValues, unknown, GiftInput>,
    // Once frozen, main logs the change and wants to know why.
    (values) => (frozen && values.reason.trim() === '' ? [{ path: 'reason', message: 'errors.reasonRequired' }] : []),
  );
  const { register, handleSubmit, formState, getFieldState, setError, setValue, watch } = useForm<GiftValues, unknown, GiftInput>({
    resolver,
    defaultValues: {
      own: row.amountSource === 'child',
      gift: { cash: formatAmount(row.cash), goodsValue: formatAmount(row.goodsValue) },
      proxyName: row.proxyName ?? '',
      reason: '',
    },
    shouldFocusError: false,
  });
  const error = (name: Path<GiftValues>) => messageKey(getFieldState(name, formState).error?.message);
  const own = watch('own');

  const onError = (caught: unknown) => {
    const issues = serverFieldIssues(caught, giftFields);
    if (caught instanceof ApiError && caught.error.code === 'errors.reasonRequired') {
      issues.push({ field: 'reason', message: 'errors.reasonRequired' });
    }
    for (const { field, message } of issues) setError(field, { type: 'server', message });
    if (issues.length > 0) focusFirstError();
  };
  const submit = (input: GiftInput) => {
    if (save.isPending) return;
    save.mutate(input, { onSuccess: onDone, onError });
  };
  const alert = save.error && !(save.error instanceof ApiError && save.error.error.code === 'errors.reasonRequired');

  return (
    <Dialog title={t('gifts.giftDialog.title')} onClose={onCancel}>
      <p className="dialog-subject">{row.fullName}</p>
      <p className="field-hint">
        {t('gifts.giftDialog.current', { amount: formatMoney(row.amount), source: giftLabels.amountSource(row.amountSource) })}
      </p>
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
        <div className="check-field">
          <input id="gift-own" type="checkbox" {...register('own')} />
          <label htmlFor="gift-own">{t('gifts.giftDialog.own')}</label>
        </div>
        {own && (
          <>
            <MoneyInput id="gift-cash" name="gift.cash" label={t('gifts.form.cash')} errorKey={error('gift.cash')} register={register} setValue={setValue} />
            <MoneyInput
              id="gift-goodsValue"
              name="gift.goodsValue"
              label={t('gifts.form.goodsValue')}
              errorKey={error('gift.goodsValue')}
              register={register}
              setValue={setValue}
            />
          </>
        )}
        <TextInput
          id="gift-proxy"
          label={t('gifts.giftDialog.proxy')}
          hint={t('gifts.giftDialog.proxyHint')}
          errorKey={error('proxyName')}
          registration={register('proxyName')}
        />
        <TextArea
          id="gift-reason"
          label={frozen ? t('gifts.reason.reason') : t('gifts.giftDialog.reasonOptional')}
          hint={frozen ? t('gifts.reason.frozenHint') : undefined}
          errorKey={error('reason')}
          registration={register('reason')}
          required={frozen}
        />
        {alert && <ErrorAlert code={errorCode(save.error)} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('gifts.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            {t('gifts.giftDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
