import { useTranslation } from 'react-i18next';
import { formatDate, parseDisplayDate } from '../../../../../shared/format';
import { todayIso } from '../../children/age';
import { deliveryDateWarnings, type CampaignPeriod } from './deliveryDate';

interface DeliveryDateNoticeProps {
  id: string;
  /** The date as typed (dd/mm/yyyy); nothing is said until it reads as a date. */
  text: string;
  period: CampaignPeriod;
}

/** Warns, without refusing, about a delivery date after today or outside the campaign's days. */
export function DeliveryDateNotice({ id, text, period }: DeliveryDateNoticeProps) {
  const { t } = useTranslation();
  const today = todayIso();
  const warnings = deliveryDateWarnings(parseDisplayDate(text.trim()), period, today);
  // The live region stays in place so that a warning appearing is read out.
  return (
    <div id={id} role="status" className="gift-date-notice">
      {warnings.map((warning) => (
        <p key={warning} className="gift-notice">
          {warning === 'future'
            ? t('giftVisit.delivery.dateWarning.future', { today: formatDate(today) })
            : t('giftVisit.delivery.dateWarning.outsidePeriod', { from: formatDate(period.startDate), to: formatDate(period.endDate) })}
        </p>
      ))}
    </div>
  );
}
