import { useCallback, useEffect, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { TextArea } from '../../children/fields';

/** Whether main refused a posting because the fund (or a pot) would go below zero. */
export const isOverdraft = (error: unknown): boolean => error instanceof ApiError && error.error.code === 'errors.fundOverdraft';

/**
 * Remembers that main refused for want of funds (from then on the override is asked), and
 * moves focus to the reason field once it is there: that is where the user goes next.
 */
export function useOverdraftRefusal(fieldId: string): { refused: boolean; refuse: () => void } {
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (refused) document.getElementById(fieldId)?.focus();
  }, [refused, fieldId]);
  return { refused, refuse: useCallback(() => setRefused(true), []) };
}

interface OverrideReasonProps {
  id: string;
  /** Why an override is asked for here, in words that fit the action. */
  explanation: string;
  errorKey: string | undefined;
  registration: UseFormRegisterReturn;
}

/**
 * "Lý do chi vượt": asked only once the fund is short. The reason is logged with the posting and
 * listed on the overview, so the box says so before anyone types.
 */
export function OverrideReason({ id, explanation, errorKey, registration }: OverrideReasonProps) {
  const { t } = useTranslation();
  return (
    <div className="fund-override">
      <p className="fund-override-text">{explanation}</p>
      <TextArea id={id} label={t('fund.overview.override.label')} hint={t('fund.overview.override.hint')} errorKey={errorKey} registration={registration} required />
    </div>
  );
}
