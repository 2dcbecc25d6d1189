import { useMemo, useRef, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { goodsIssueValue, goodsQuantityEpsilon } from '../../../../../shared/codes/fund';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { GoodsLot, PostingRef } from '../../../../../shared/fund';
import { goodsIssueSchema } from '../../../../../shared/schemas/fund';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, Select, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { codesAt, showRefusal } from '../common/refusal';
import { CampaignSelect } from './CampaignSelect';
import { quantityForSchema, quantityWithUnit } from './quantity';
import { useIssueGoods } from './queries';

type IssueInput = z.output<typeof goodsIssueSchema>;

interface IssueValues {
  receiptId: string;
  campaignId: string;
  quantity: string;
  issuedOn: string;
  note: string;
}

const fields = ['receiptId', 'campaignId', 'quantity', 'issuedOn', 'note'] as const;
const codeFields = { ...codesAt('quantity', ['errors.goodsShortage']), ...codesAt('issuedOn', ['errors.periodLocked', 'errors.futureDate']) };

/** More than the lot holds (quantities are reals: a hair over what is left is all of it). */
const beyond = (lot: GoodsLot, quantity: number): boolean => quantity > lot.quantityLeft + goodsQuantityEpsilon;

/** The value an issue takes, as main works it out: a share of what is left, the last one takes the rest. */
const issueValue = (lot: GoodsLot, quantity: number): number => goodsIssueValue({ quantity: lot.quantityLeft, value: lot.valueLeft }, quantity);

/** "Xuất hiện vật cho đợt tặng quà": some of one lot received in kind, handed to a campaign. */
export function GoodsIssueDialog({ lots, onCancel, onDone }: { lots: GoodsLot[]; onCancel: () => void; onDone: (posting: PostingRef) => void }) {
  const { t } = useTranslation();
  const issue = useIssueGoods();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const available = useMemo(() => lots.filter((lot) => lot.quantityLeft > goodsQuantityEpsilon), [lots]);
  const lotsRef = useRef(available);
  lotsRef.current = available;

  const resolver = useMemo(
    () =>
      withChecks(
        convertingResolver(goodsIssueSchema, (values: IssueValues) => ({
          receiptId: values.receiptId,
          campaignId: values.campaignId,
          quantity: quantityForSchema(values.quantity) ?? undefined,
          issuedOn: dateForSchema(values.issuedOn),
          note: values.note,
        })) as Resolver<IssueValues, unknown, IssueInput>,
        (values) => {
          const lot = lotsRef.current.find((candidate) => candidate.receiptId === values.receiptId);
          const quantity = quantityForSchema(values.quantity);
          return [
            ...(values.receiptId === '' ? [{ path: 'receiptId', message: 'validation.required' }] : []),
            ...(values.campaignId === '' ? [{ path: 'campaignId', message: 'validation.required' }] : []),
            ...(quantity === null ? [{ path: 'quantity', message: 'validation.quantity' }] : []),
            ...(lot && typeof quantity === 'number' && beyond(lot, quantity) ? [{ path: 'quantity', message: 'errors.goodsShortage' }] : []),
          ];
        },
      ),
    [],
  );
  const { register, handleSubmit, formState, getFieldState, setError, watch } = useForm<IssueValues, unknown, IssueInput>({
    resolver,
    defaultValues: { receiptId: available.length === 1 ? (available[0]?.receiptId ?? '') : '', campaignId: '', quantity: '', issuedOn: dateForField(todayIso()), note: '' },
    shouldFocusError: false,
  });
  const error = (name: Path<IssueValues>) => messageKey(getFieldState(name, formState).error?.message);
  const lot = available.find((candidate) => candidate.receiptId === watch('receiptId'));
  const quantity = quantityForSchema(watch('quantity'));

  const submit = (input: IssueInput) => {
    if (issue.isPending) return;
    setFailure(null);
    issue.mutate(input, {
      onSuccess: onDone,
      onError: (caught) => {
        setFailure(showRefusal({ caught, fields, setError, codeFields }));
        focusFirstError();
      },
    });
  };

  return (
    <FormDialog title={t('fund.overview.goodsIssue.title')} onClose={onCancel} dirty={formState.isDirty} wide>
      {(close) =>
        available.length === 0 ? (
          <>
            <p>{t('fund.overview.goodsIssue.noLots')}</p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={close}>
                {t('fund.layout.common.close')}
              </button>
            </div>
          </>
        ) : (
          <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
            <Select id="fund-issue-lot" label={t('fund.overview.goodsIssue.lot')} errorKey={error('receiptId')} registration={register('receiptId')} required>
              <option value="">{t('fund.layout.common.choose')}</option>
              {available.map((candidate) => (
                <option key={candidate.receiptId} value={candidate.receiptId}>
                  {t('fund.overview.goodsIssue.lotOption', {
                    description: candidate.description,
                    receiptNo: candidate.receiptNo,
                    date: formatDate(candidate.receivedOn),
                    left: quantityWithUnit(candidate.quantityLeft, candidate.unit),
                  })}
                </option>
              ))}
            </Select>
            {lot && (
              <p className="fund-lot-left">
                {t('fund.overview.goodsIssue.left', { left: quantityWithUnit(lot.quantityLeft, lot.unit), value: formatMoney(lot.valueLeft) })}
              </p>
            )}
            <CampaignSelect id="fund-issue-campaign" errorKey={error('campaignId')} registration={register('campaignId')} />
            <TextInput
              id="fund-issue-quantity"
              label={lot?.unit ? t('fund.overview.goodsIssue.quantityIn', { unit: lot.unit }) : t('fund.overview.goodsIssue.quantity')}
              hint={lot && typeof quantity === 'number' && quantity > 0 && !beyond(lot, quantity) ? t('fund.overview.goodsIssue.value', { value: formatMoney(issueValue(lot, quantity)) }) : undefined}
              inputMode="numeric"
              errorKey={error('quantity')}
              registration={register('quantity')}
              required
            />
            <DateInput id="fund-issue-date" label={t('fund.overview.goodsIssue.date')} hint={t('fund.layout.common.dateHint')} errorKey={error('issuedOn')} registration={register('issuedOn')} required />
            <TextArea id="fund-issue-note" label={t('fund.layout.common.note')} errorKey={error('note')} registration={register('note')} />
            {failure && <ErrorAlert code={failure} lead={t('fund.overview.goodsIssue.failed')} />}
            <DialogButtons
              cancelLabel={t('fund.layout.common.cancel')}
              onCancel={close}
              submitLabel={t('fund.overview.goodsIssue.submit')}
              busy={issue.isPending}
            />
          </form>
        )
      }
    </FormDialog>
  );
}
