import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SupportAction } from '../../../../../shared/codes/fund';
import { formatDate } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { childPath } from '../../children/paths';
import { useFundLabels } from '../labels';
import { supportsPath } from '../paths';
import { ApproveDialog } from './ApproveDialog';
import { AttachmentsSection } from './AttachmentsSection';
import { CompletionSection, DecisionSection, HistorySection, ProposalSection } from './CaseSections';
import { CloseDialog } from './CloseDialog';
import { CompleteDialog } from './CompleteDialog';
import { EditProposalDialog } from './EditProposalDialog';
import { FollowUpSection } from './FollowUpSection';
import { useSupport } from './queries';
import { SupportStatusBadge } from './SupportStatusBadge';
import '../../office/office-form.css';
import '../../children/children.css';
import '../../gifts/gifts.css';
import './supports.css';

/** The actions that open a dialog, in the order their buttons stand; follow-up and attach are forms in their sections. */
const dialogActions = ['editProposal', 'approve', 'amendApproval', 'complete', 'reopen', 'reject', 'cancel'] as const;
type DialogAction = (typeof dialogActions)[number];

/** One child's support case: what was proposed, decided, done and paid, what followed, its papers and history. */
export function SupportDetailPage() {
  const { t } = useTranslation();
  const { supportId = '' } = useParams();
  const support = useSupport(supportId);

  if (support.isPending) {
    return (
      <div className="fund-supports">
        <p role="status">{t('fund.supports.common.loading')}</p>
      </div>
    );
  }
  if (support.isError) {
    return (
      <div className="fund-supports">
        <h2>{t('fund.supports.detail.loadFailed')}</h2>
        <ErrorAlert code={errorCode(support.error)} />
        <p>
          <Link to={supportsPath}>{t('fund.supports.common.backToList')}</Link>
        </p>
      </div>
    );
  }
  return <SupportView support={support.data} reload={() => void support.refetch()} />;
}

function SupportView({ support, reload }: { support: SupportDetail; reload: () => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const actionLabels = useActionLabels();
  const allowed = (action: SupportAction) => support.actions.includes(action);

  const close = () => setDialog(null);
  const finished = (message: string) => {
    setDialog(null);
    setDone(message);
  };
  const onTransition = () => {
    setDialog(null);
    setDone(null);
    setStale(true);
  };
  const dialogProps = { support, onClose: close, onDone: finished, onTransition };

  return (
    <div className="fund-supports">
      <p className="child-back">
        <Link to={supportsPath}>{t('fund.supports.common.backToList')}</Link>
      </p>
      <div className="child-header">
        <div>
          <h2>{labels.purpose(support.type)}</h2>
          <p className="child-summary">
            <Link to={childPath(support.childId)}>{support.childName}</Link>
            <span>{t('fund.supports.detail.born', { date: formatDate(support.birthDate) })}</span>
            <span>{support.unitName}</span>
            <SupportStatusBadge status={support.status} />
          </p>
        </div>
        <div className="child-actions" role="group" aria-label={t('fund.supports.detail.actions')}>
          {dialogActions.filter(allowed).map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'reject' || action === 'cancel' || action === 'reopen' ? 'button button-secondary' : 'button'}
              onClick={() => {
                setDone(null);
                setDialog(action);
              }}
            >
              {actionLabels[action]}
            </button>
          ))}
        </div>
      </div>

      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {stale && (
        <div className="support-stale">
          <ErrorAlert code="errors.supportTransition" />
          <button
            type="button"
            className="button"
            onClick={() => {
              setStale(false);
              reload();
            }}
          >
            {t('fund.supports.detail.reload')}
          </button>
        </div>
      )}

      <ProposalSection support={support} />
      <DecisionSection support={support} />
      <CompletionSection support={support} />
      <FollowUpSection support={support} onTransition={onTransition} />
      <AttachmentsSection support={support} onTransition={onTransition} />
      <HistorySection support={support} />

      {dialog === 'editProposal' && <EditProposalDialog {...dialogProps} />}
      {dialog === 'approve' && <ApproveDialog {...dialogProps} mode="approve" />}
      {dialog === 'amendApproval' && <ApproveDialog {...dialogProps} mode="amend" />}
      {dialog === 'complete' && <CompleteDialog {...dialogProps} />}
      {(dialog === 'reject' || dialog === 'cancel' || dialog === 'reopen') && <CloseDialog {...dialogProps} kind={dialog} />}
    </div>
  );
}

function useActionLabels(): Record<DialogAction, string> {
  const { t } = useTranslation();
  return {
    editProposal: t('fund.supports.actions.editProposal'),
    approve: t('fund.supports.actions.approve'),
    amendApproval: t('fund.supports.actions.amendApproval'),
    complete: t('fund.supports.actions.complete'),
    reopen: t('fund.supports.actions.reopen'),
    reject: t('fund.supports.actions.reject'),
    cancel: t('fund.supports.actions.cancel'),
  };
}
