import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { FormDialog } from '../../../ui/FormDialog';
import { ProposalForm } from './ProposalForm';
import { proposalToValues } from './proposalValues';

interface EditProposalDialogProps {
  support: SupportDetail;
  onClose: () => void;
  onDone: (message: string) => void;
  onTransition: () => void;
}

/** "Sửa đề xuất" while the case is only proposed; the child stays the same. */
export function EditProposalDialog({ support, onClose, onDone, onTransition }: EditProposalDialogProps) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  return (
    <FormDialog title={t('fund.supports.proposal.editTitle')} onClose={onClose} dirty={dirty} wide>
      {(close) => (
        <ProposalForm
          mode="edit"
          supportId={support.id}
          childLine={t('fund.supports.proposal.childLine', { name: support.childName, birthDate: formatDate(support.birthDate), unit: support.unitName })}
          defaultValues={proposalToValues(support)}
          onSaved={() => onDone(t('fund.supports.proposal.edited'))}
          onTransition={onTransition}
          onDirtyChange={setDirty}
          cancel={
            <button type="button" className="button button-secondary" onClick={close}>
              {t('fund.supports.common.cancel')}
            </button>
          }
        />
      )}
    </FormDialog>
  );
}
