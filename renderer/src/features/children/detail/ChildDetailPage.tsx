import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ChildDetail } from '../../../../../shared/register';
import { ageOn } from '../../../../../shared/format';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { sixteenState, todayIso } from '../age';
import { childEditPath, childrenListPath } from '../paths';
import { useChild, useChildChanged } from '../queries';
import { StatusBadge } from '../StatusBadge';
import { Tabs } from '../Tabs';
import { CircumstancesTab } from './CircumstancesTab';
import { CloseRecordDialog } from './CloseRecordDialog';
import { ProfileTab } from './ProfileTab';
import { SixteenNotice } from './SixteenNotice';
import { SupportTab } from './SupportTab';
import { VisitsTab } from './VisitsTab';
import '../../office/office-form.css';
import '../children.css';

const tabIds = ['profile', 'circumstances', 'visits', 'support'] as const;
type TabId = (typeof tabIds)[number];

/** One child's record: who, why on the register, visits, support; close and reopen. */
export function ChildDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const child = useChild(id);

  if (child.isPending) {
    return (
      <div className="page">
        <p role="status">{t('children.detail.loading')}</p>
      </div>
    );
  }
  if (child.isError) {
    return (
      <div className="page">
        <h1>{t('children.detail.loadFailedTitle')}</h1>
        <ErrorAlert code={errorCode(child.error)} />
        <p>
          <Link to={childrenListPath}>{t('children.detail.backToList')}</Link>
        </p>
      </div>
    );
  }
  return <ChildRecord child={child.data} />;
}

function ChildRecord({ child }: { child: ChildDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const childChanged = useChildChanged();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const today = todayIso();
  const age = ageOn(child.birthDate, today);
  const sixteen = child.status === 'left' ? null : sixteenState(child.birthDate, today);
  const open = child.status !== 'left';

  const tabParam = params.get('tab');
  const tab: TabId = tabIds.find((candidate) => candidate === tabParam) ?? 'profile';
  const selectTab = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'profile') updated.delete('tab');
        else updated.set('tab', next);
        return updated;
      },
      { replace: true },
    );

  const close = useMutation({
    mutationFn: (input: { reason: 'turned16'; date: string }) =>
      api.request('children.close', { id: child.id, reason: input.reason, date: input.date, note: null }),
    onSuccess: (saved) => {
      childChanged(saved);
      setDone(t('children.detail.closed'));
    },
  });
  const reopen = useMutation({
    mutationFn: () => api.request('children.reopen', { id: child.id }),
    onSuccess: (saved) => {
      childChanged(saved);
      setDone(t('children.detail.reopened'));
    },
  });
  const failure = close.error ?? reopen.error;

  return (
    <div className="page child-detail">
      <p className="child-back">
        <Link to={childrenListPath}>{t('children.detail.backToList')}</Link>
      </p>
      <div className="child-header">
        <div>
          <h1>{child.fullName}</h1>
          <p className="child-summary">
            <span>{age === null ? '' : age === 0 ? t('children.detail.ageUnderOne') : t('children.detail.age', { count: age })}</span>
            <StatusBadge status={child.status} />
            <span>{child.unitName}</span>
          </p>
        </div>
        <div className="child-actions">
          {open ? (
            <>
              <Link className="button" to={childEditPath(child.id)}>
                {t('children.detail.edit')}
              </Link>
              <button type="button" className="button button-secondary" onClick={() => setDialog('close')}>
                {t('children.detail.close')}
              </button>
            </>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setDialog('reopen')}>
              {t('children.detail.reopen')}
            </button>
          )}
        </div>
      </div>

      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {failure && <ErrorAlert code={errorCode(failure)} />}

      {sixteen && (
        <SixteenNotice
          state={sixteen}
          busy={close.isPending}
          onClose={() => {
            setDone(null);
            close.mutate({ reason: 'turned16', date: sixteen.date });
          }}
        />
      )}

      <Tabs
        label={t('children.tabs.label')}
        tabs={[
          { id: 'profile', label: t('children.tabs.profile') },
          { id: 'circumstances', label: t('children.tabs.circumstances') },
          { id: 'visits', label: t('children.tabs.visits') },
          { id: 'support', label: t('children.tabs.support') },
        ]}
        selected={tab}
        onSelect={selectTab}
      >
        {tab === 'profile' && <ProfileTab child={child} />}
        {tab === 'circumstances' && <CircumstancesTab child={child} />}
        {tab === 'visits' && <VisitsTab child={child} />}
        {tab === 'support' && <SupportTab child={child} />}
      </Tabs>

      {dialog === 'close' && (
        <CloseRecordDialog
          child={child}
          onCancel={() => setDialog(null)}
          onClosed={(saved) => {
            childChanged(saved);
            setDialog(null);
            setDone(t('children.detail.closed'));
          }}
        />
      )}
      {dialog === 'reopen' && (
        <ConfirmDialog
          title={t('children.reopen.title')}
          text={t('children.reopen.text')}
          cancelLabel={t('children.common.cancel')}
          confirmLabel={t('children.reopen.confirm')}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            setDone(null);
            reopen.mutate();
          }}
        />
      )}
    </div>
  );
}
