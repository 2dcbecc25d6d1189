import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, toIsoDate } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { useFundLabels } from '../labels';

/** Label–value pairs; a value left null is not shown. */
export function Facts({ label, rows }: { label?: string; rows: [string, ReactNode | null][] }) {
  return (
    <dl className="support-facts" aria-label={label}>
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([name, value]) => (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="support-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function ProposalSection({ support }: { support: SupportDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="support-proposal" title={t('fund.supports.detail.proposal')}>
      <Facts
        rows={[
          [t('fund.supports.fields.proposedOn'), formatDate(support.proposedOn)],
          [t('fund.supports.fields.proposedBy'), support.proposedBy],
          [t('fund.supports.fields.diagnosis'), support.diagnosis],
          [t('fund.supports.fields.estimatedCost'), formatMoney(support.estimatedCost)],
          [t('fund.supports.fields.note'), support.proposalNote],
        ]}
      />
    </Section>
  );
}

export function DecisionSection({ support }: { support: SupportDetail }) {
  const { t } = useTranslation();
  const closed = support.status === 'rejected' || support.status === 'cancelled';
  return (
    <Section id="support-decision" title={t('fund.supports.detail.decision')}>
      {support.decisionNo === null ? (
        <p>{t('fund.supports.detail.noDecision')}</p>
      ) : (
        <Facts
          rows={[
            [t('fund.supports.fields.decisionNo'), support.decisionNo],
            [t('fund.supports.fields.decisionDate'), formatDate(support.decisionDate)],
            [t('fund.supports.fields.approvedAmount'), support.approvedAmount === null ? null : formatMoney(support.approvedAmount)],
          ]}
        />
      )}
      {closed && (
        <Facts
          rows={[
            [support.status === 'rejected' ? t('fund.supports.detail.rejectedOn') : t('fund.supports.detail.cancelledOn'), formatDate(support.closedOn)],
            [t('fund.supports.fields.reason'), support.closedReason],
          ]}
        />
      )}
    </Section>
  );
}

/** The cost split of a case done: each share, the total, who co-funded. */
export function costRows(support: SupportDetail, t: TFunction): [string, string | null][] {
  const money = (amount: number | null) => (amount === null ? null : formatMoney(amount));
  const cofunders = support.costCofunders ?? 0;
  return [
    [t('fund.supports.fields.costFund'), money(support.costFund)],
    [t('fund.supports.fields.costInsurance'), money(support.costInsurance)],
    [
      t('fund.supports.fields.costCofunders'),
      cofunders > 0 && support.cofunderNames ? `${formatMoney(cofunders)} (${support.cofunderNames})` : money(support.costCofunders),
    ],
    [t('fund.supports.fields.costFamily'), money(support.costFamily)],
    [t('fund.supports.fields.costTotal'), money(support.costTotal)],
  ];
}

export function CompletionSection({ support }: { support: SupportDetail }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const payment = support.payment;
  return (
    <Section id="support-done" title={t('fund.supports.detail.done')}>
      {support.doneOn === null ? (
        <p>{t('fund.supports.detail.notDone')}</p>
      ) : (
        <Facts
          label={t('fund.supports.detail.costs')}
          rows={[
            [t('fund.supports.fields.hospital'), support.hospital],
            [t('fund.supports.fields.doneOn'), formatDate(support.doneOn)],
            ...costRows(support, t),
            [t('fund.supports.fields.note'), support.doneNote],
          ]}
        />
      )}
      {payment && (
        <>
          <h4>{t('fund.supports.detail.payment')}</h4>
          <Facts
            label={t('fund.supports.detail.payment')}
            rows={[
              [t('fund.supports.fields.paidOn'), formatDate(payment.paidOn)],
              [t('fund.supports.detail.paymentAmount'), formatMoney(payment.amount)],
              [
                t('fund.supports.detail.pots'),
                <ul className="plain-list">
                  {payment.pots.map((line) => (
                    <li key={line.pot.key}>{t('fund.supports.detail.potLine', { pot: labels.pot(line.pot), amount: formatMoney(line.amount) })}</li>
                  ))}
                </ul>,
              ],
              [t('fund.supports.fields.overrideReason'), payment.overrideReason],
              [t('fund.supports.detail.ledgerNo'), String(payment.seq)],
            ]}
          />
        </>
      )}
    </Section>
  );
}

export function HistorySection({ support }: { support: SupportDetail }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  return (
    <Section id="support-history" title={t('fund.supports.detail.history')}>
      <ol className="support-history">
        {support.events.map((event) => (
          <li key={event.id}>
            <strong>{labels.event(event.kind)}</strong>
            {` – ${formatDate(event.on ?? toIsoDate(new Date(event.at)))}`}
            {event.text && `: ${event.text}`}
          </li>
        ))}
      </ol>
    </Section>
  );
}
