import { useRef, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatAmount } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { supportApproveSchema } from '../../../../../shared/schemas/fund';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { MoneyInput } from '../../../ui/MoneyInput';
import { moneyForSchema } from '../../../ui/schemaInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { showRefusal } from '../common/refusal';
import { useSupportWrite } from './queries';

type ApproveInput = z.output<typeof supportApproveSchema>;

interface ApproveValues {
  decisionNo: string;
  decisionDate: string;
  approvedAmount: string;
  reason: string;
}

const fields = ['decisionNo', 'decisionDate', 'approvedAmount', 'reason'] as const;

interface ApproveDialogProps {
  support: SupportDetail;
  /** approve a proposal, or amend the decision of an approved case (with a reason); sent as the step taken. */
  mode: 'approve' | 'amend';
  onClose: () => void;
  onDone: (message: string) => void;
  onTransition: () => void;
}

/** "Duyệt" / "Điều chỉnh quyết định": the decision's number and date and the amount approved. */
export function ApproveDialog({ support, mode, onClose, onDone, onTransition }: ApproveDialogProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const approve = useSupportWrite('fund.approveSupport');
  const amend = mode === 'amend';

  const { register, handleSubmit, formState, getFieldState, setError, setValue } = useForm<ApproveValues, unknown, ApproveInput>({
    resolver: withChecks(
      convertingResolver(supportApproveSchema, (values: ApproveValues) => ({
        id: support.id,
        mode,
        decisionNo: values.decisionNo,
        decisionDate: dateForSchema(values.decisionDate),
        approvedAmount: moneyForSchema(values.approvedAmount, undefined),
        reason: values.reason,
      })) as Resolver<ApproveValues, unknown, ApproveInput>,
      (values) => [
        ...(values.approvedAmount.trim() === '' ? [{ path: 'approvedAmount', message: 'validation.required' }] : []),
        ...(amend && values.reason.trim() === '' ? [{ path: 'reason', message: 'validation.required' }] : []),
      ],
    ),
    defaultValues: {
      decisionNo: support.decisionNo ?? '',
      decisionDate: dateForField(support.decisionDate),
      approvedAmount: support.approvedAmount !== null ? formatAmount(support.approvedAmount) : formatAmount(support.estimatedCost),
      reason: '',
    },
    shouldFocusError: false,
  });
  const error = (name: Path<ApproveValues>) => messageKey(getFieldState(name, formState).error?.message);

  const submit = (input: ApproveInput) => {
    if (approve.isPending) return;
    setFailure(null);
    approve.mutate(
      { ...input, reason: amend ? input.reason : null },
      {
        onSuccess: () => onDone(amend ? t('fund.supports.approve.amended') : t('fund.supports.approve.approved')),
        onError: (caught) => {
          setFailure(showRefusal({ caught, fields, setError, onTransition }));
          focusFirstError();
        },
      },
    );
  };

  return (
    <FormDialog title={amend ? t('fund.supports.approve.amendTitle') : t('fund.supports.approve.title')} onClose={onClose} dirty={formState.isDirty}>
      {(close) => (
        <>
          {amend && <p className="field-hint">{t('fund.supports.approve.amendHint')}</p>}
          <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
            <TextInput id="approve-decisionNo" label={t('fund.supports.fields.decisionNo')} errorKey={error('decisionNo')} registration={register('decisionNo')} required />
            <DateInput id="approve-decisionDate" label={t('fund.supports.fields.decisionDate')} errorKey={error('decisionDate')} registration={register('decisionDate')} required />
            <MoneyInput
              id="approve-approvedAmount"
              name="approvedAmount"
              label={t('fund.supports.fields.approvedAmount')}
              errorKey={error('approvedAmount')}
              register={register}
              setValue={setValue}
              required
            />
            {amend && <TextArea id="approve-reason" label={t('fund.supports.fields.amendReason')} errorKey={error('reason')} registration={register('reason')} required />}
            {failure && <ErrorAlert code={failure} />}
            <DialogButtons
              cancelLabel={t('fund.supports.common.cancel')}
              onCancel={close}
              submitLabel={amend ? t('fund.supports.approve.amendSubmit') : t('fund.supports.approve.submit')}
              busy={approve.isPending}
            />
          </form>
        </>
      )}
    </FormDialog>
  );
}
