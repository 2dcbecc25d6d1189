import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { membershipEndReasons, type MembershipEndReason } from '../../../../../shared/codes/register';
import type { ChildDetail, Membership } from '../../../../../shared/register';
import { membershipEndSchema, type MembershipEnd } from '../../../../../shared/schemas/children';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso } from '../age';
import { dateForField, dateForSchema, messageKey } from '../dateText';
import { Dialog } from '../Dialog';
import { DateInput, Select } from '../fields';
import { convertingResolver } from '../formResolver';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';

interface EndValues {
  endDate: string;
  endReason: MembershipEndReason | '';
}

interface EndMembershipDialogProps {
  membership: Membership;
  label: string;
  onCancel: () => void;
  onEnded: (child: ChildDetail) => void;
}

/** Ends one group (or at-risk) entry: the child is no longer in it from that day. */
export function EndMembershipDialog({ membership, label, onCancel, onEnded }: EndMembershipDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { register, handleSubmit, formState, getFieldState } = useForm<EndValues, unknown, MembershipEnd>({
    resolver: convertingResolver(membershipEndSchema, (values: EndValues) => ({
      id: membership.id,
      endDate: dateForSchema(values.endDate),
      endReason: values.endReason === '' ? undefined : values.endReason,
    })),
    defaultValues: { endDate: dateForField(todayIso()), endReason: '' },
    shouldFocusError: false,
  });
  const end = useMutation({
    mutationFn: (input: MembershipEnd) => api.request('memberships.end', input),
    onSuccess: onEnded,
  });
  const error = (name: keyof EndValues) => messageKey(getFieldState(name, formState).error?.message);

  return (
    <Dialog title={t('children.endMembership.title')} onClose={onCancel}>
      <p>{label}</p>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) =>
          void handleSubmit((values) => {
            if (!end.isPending) end.mutate(values);
          }, focusFirstError)(event)
        }
      >
        <DateInput
          id="end-membership-date"
          label={t('children.endMembership.date')}
          errorKey={error('endDate')}
          registration={register('endDate')}
          required
        />
        <Select
          id="end-membership-reason"
          label={t('children.endMembership.reason')}
          errorKey={error('endReason')}
          registration={register('endReason')}
          required
        >
          <option value="">{t('children.common.choose')}</option>
          {membershipEndReasons.map((value) => (
            <option key={value} value={value}>
              {t(`codes.endReason.${value}`) /* i18n-dynamic: codes.endReason. */}
            </option>
          ))}
        </Select>
        {end.error && <ErrorAlert code={errorCode(end.error)} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('children.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={end.isPending || undefined}>
            {t('children.endMembership.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
