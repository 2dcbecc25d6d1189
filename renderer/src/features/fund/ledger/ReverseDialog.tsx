import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { LedgerLine, PostingRef } from '../../../../../shared/fund';
import { postingReverseSchema } from '../../../../../shared/schemas/fund';
import { ReversalDialog } from '../common/ReversalDialog';
import { useFundLabels } from '../labels';
import { useReversePosting } from './queries';

/** "Đảo bút toán": a campaign payment or goods issue undone by a reversing posting on a chosen day. */
export function ReverseDialog({ line, onCancel, onDone }: { line: LedgerLine; onCancel: () => void; onDone: (posting: PostingRef) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const reverse = useReversePosting();
  const target = useMemo(() => ({ postingId: line.postingId }), [line.postingId]);
  return (
    <ReversalDialog
      idPrefix="fund-reverse"
      title={t('fund.ledger.reverse.title', { seq: line.seq })}
      subject={t('fund.ledger.reverse.subject', {
        seq: line.seq,
        date: formatDate(line.postedOn),
        source: labels.postingSource(line.source),
        what: line.campaignName ?? line.reference ?? '',
        amount: formatMoney(Math.abs(line.amount)),
      })}
      hint={t('fund.ledger.reverse.hint')}
      texts={{
        date: t('fund.ledger.reverse.date'),
        reason: t('fund.ledger.reverse.reason'),
        submit: t('fund.ledger.reverse.submit'),
        failed: t('fund.ledger.reverse.failed'),
        overdraft: t('errors.fundOverdraft'),
      }}
      schema={postingReverseSchema}
      target={target}
      write={reverse}
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
