import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso } from '../../children/age';
import { childPath } from '../../children/paths';
import { useChild } from '../../children/queries';
import { supportPath, supportsPath } from '../paths';
import { ProposalForm } from './ProposalForm';
import { emptyProposal } from './proposalValues';
import '../../office/office-form.css';
import '../../children/children.css';
import '../../gifts/gifts.css';
import './supports.css';

/** "Đề xuất hỗ trợ": a new case; from a child's page the child comes chosen (?child=id). */
export function SupportProposalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const childId = params.get('child') ?? '';
  const child = useChild(childId || undefined);
  const [savedId, setSavedId] = useState<string | null>(null);

  useEffect(() => {
    if (savedId) void navigate(supportPath(savedId));
  }, [savedId, navigate]);

  const waiting = childId !== '' && child.isPending;
  return (
    <div className="fund-supports">
      <p className="child-back">
        <Link to={supportsPath}>{t('fund.supports.common.backToList')}</Link>
      </p>
      <h2>{t('fund.supports.proposal.title')}</h2>
      {child.isError && <ErrorAlert code={errorCode(child.error)} lead={t('fund.supports.proposal.childFailed')} />}
      {waiting ? (
        <p role="status">{t('fund.supports.common.loading')}</p>
      ) : (
        <ProposalForm
          mode="create"
          chosen={child.data ?? null}
          defaultValues={emptyProposal(child.data?.id ?? '', todayIso())}
          onSaved={(support) => setSavedId(support.id)}
          cancel={
            <Link className="button button-secondary" to={child.data ? childPath(child.data.id) : supportsPath}>
              {t('fund.supports.common.cancel')}
            </Link>
          }
        />
      )}
    </div>
  );
}
