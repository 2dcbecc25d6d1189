import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentKinds, attachmentMaxBytes, attachmentsRemovable, type AttachmentKind } from '../../../../../shared/codes/fund';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatDate, toIsoDate } from '../../../../../shared/format';
import type { Attachment, SupportDetail } from '../../../../../shared/fund';
import { useApi } from '../../../api/ApiProvider';
import { readFileAsBase64 } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { describedBy } from '../../../ui/describedBy';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { messageKey } from '../../children/dateText';
import { showRefusal } from '../common/refusal';
import { useFundLabels } from '../labels';
import { Section } from './CaseSections';
import { showAttachment, sizeText } from './openAttachment';
import { useSupportWrite } from './queries';

const shortHashLength = 12;

/** "Hồ sơ đính kèm": scanned papers kept in the data folder by their hash; main opens them. */
export function AttachmentsSection({ support, onTransition }: { support: SupportDetail; onTransition: () => void }) {
  const { t, i18n } = useTranslation();
  const labels = useFundLabels();
  const api = useApi();
  const [shown, setShown] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const open = useMutation({ mutationFn: (id: string) => api.request('fund.openAttachment', { id }) });
  const remove = useSupportWrite('fund.removeAttachment');
  // Papers of a case done or closed belong to its record; before that a wrong scan may go.
  const removable = attachmentsRemovable(support.status);

  const openOne = (attachment: Attachment) => {
    setShown(null);
    remove.reset();
    open.mutate(attachment.id, {
      onSuccess: (answer) => {
        if (answer.opened) setShown(t('fund.supports.attachments.openedInViewer', { name: attachment.fileName }));
        else if (answer.file) {
          const how = showAttachment(answer.file);
          setShown(how === 'window' ? t('fund.supports.attachments.openedInWindow', { name: attachment.fileName }) : t('fund.supports.attachments.downloaded', { name: attachment.fileName }));
        }
      },
    });
  };

  return (
    <Section id="support-attachments" title={t('fund.supports.detail.attachments')}>
      {support.attachments.length === 0 ? (
        <p>{t('fund.supports.attachments.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby="support-attachments">
            <thead>
              <tr>
                <th scope="col">{t('fund.supports.attachments.kind')}</th>
                <th scope="col">{t('fund.supports.attachments.fileName')}</th>
                <th scope="col">{t('fund.supports.attachments.size')}</th>
                <th scope="col">{t('fund.supports.attachments.addedOn')}</th>
                <th scope="col">{t('fund.supports.attachments.hash')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('fund.supports.attachments.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {support.attachments.map((attachment) => (
                <tr key={attachment.id}>
                  <td>{labels.attachmentKind(attachment.kind)}</td>
                  <th scope="row">{attachment.fileName}</th>
                  <td className="nowrap">{sizeText(attachment.size, i18n.language)}</td>
                  <td className="nowrap">{formatDate(toIsoDate(new Date(attachment.addedAt)))}</td>
                  <td className="support-hash" title={attachment.sha256}>
                    {attachment.sha256.slice(0, shortHashLength)}
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('fund.supports.attachments.openNamed', { name: attachment.fileName })}
                      onClick={() => openOne(attachment)}
                    >
                      {t('fund.supports.attachments.open')}
                    </button>{' '}
                    {removable && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('fund.supports.attachments.removeNamed', { name: attachment.fileName })}
                        onClick={() => setRemoving(attachment)}
                      >
                        {t('fund.supports.attachments.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="form-status">
        {shown}
      </p>
      {open.isError && <ErrorAlert code={errorCode(open.error)} />}
      {remove.isError && <ErrorAlert code={errorCode(remove.error)} />}
      {support.actions.includes('attach') && <AttachForm supportId={support.id} onTransition={onTransition} />}
      {removing && (
        <ConfirmDialog
          title={t('fund.supports.attachments.removeTitle')}
          text={t('fund.supports.attachments.removeText', { name: removing.fileName })}
          cancelLabel={t('fund.supports.common.back')}
          confirmLabel={t('fund.supports.attachments.remove')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            setShown(null);
            remove.mutate({ id }, { onError: (caught) => showRefusal({ caught, fields: [], setError: () => undefined, onTransition }) });
          }}
        />
      )}
    </Section>
  );
}

function AttachForm({ supportId, onTransition }: { supportId: string; onTransition: () => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const add = useSupportWrite('fund.addAttachment');
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<AttachmentKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [kindError, setKindError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const pick = (picked: File | null) => {
    setAdded(null);
    setFailure(null);
    setFileError(undefined);
    setFile(null);
    if (!picked) return;
    // Checked here so that a file too large is never read nor sent; main checks the bytes again.
    if (picked.size === 0 || picked.size > attachmentMaxBytes) {
      setFileError('errors.attachmentInvalid');
      return;
    }
    setFile(picked);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending || reading) return;
    setAdded(null);
    setFailure(null);
    setKindError(kind === '' ? 'validation.required' : undefined);
    if (!file && !fileError) setFileError('fund.supports.attachments.chooseFile');
    if (kind === '' || !file) return;
    setReading(true);
    try {
      const base64 = await readFileAsBase64(file);
      await add.mutateAsync({ supportId, kind, fileName: file.name, base64 });
      setAdded(t('fund.supports.attachments.added', { name: file.name }));
      setFile(null);
      setKind('');
      if (fileRef.current) fileRef.current.value = '';
    } catch (caught) {
      // Whatever main says about the file is said beside the file field.
      setFailure(
        showRefusal<{ fileName: string; base64: string }>({
          caught,
          fields: ['fileName', 'base64'],
          setError: (_field, error) => setFileError(error.message),
          codeFields: { 'errors.attachmentInvalid': 'fileName' },
          onTransition,
        }),
      );
    } finally {
      setReading(false);
    }
  };

  const fileErrorKey = fileError === undefined || fileError.startsWith('fund.') ? fileError : messageKey(fileError);
  return (
    <form className="support-inline-form" noValidate onSubmit={(event) => void submit(event)}>
      <h4>{t('fund.supports.attachments.add')}</h4>
      <div className="field">
        <label htmlFor="attachment-kind">{t('fund.supports.attachments.kind')}</label>
        <select
          id="attachment-kind"
          value={kind}
          aria-required="true"
          aria-invalid={kindError ? true : undefined}
          aria-describedby={describedBy(kindError && 'attachment-kind-error')}
          onChange={(event) => {
            setKind(event.target.value as AttachmentKind | '');
            setKindError(undefined);
          }}
        >
          <option value="">{t('fund.supports.common.choose')}</option>
          {attachmentKinds.map((code) => (
            <option key={code} value={code}>
              {labels.attachmentKind(code)}
            </option>
          ))}
        </select>
        <FieldError id="attachment-kind-error" messageKey={kindError} />
      </div>
      <div className="field">
        <label htmlFor="attachment-file">{t('fund.supports.attachments.file')}</label>
        <p id="attachment-file-hint" className="field-hint">
          {t('fund.supports.attachments.fileHint')}
        </p>
        <input
          ref={fileRef}
          id="attachment-file"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-required="true"
          aria-invalid={fileErrorKey ? true : undefined}
          aria-describedby={describedBy('attachment-file-hint', fileErrorKey && 'attachment-file-error')}
          onChange={(event) => pick(event.target.files?.[0] ?? null)}
        />
        <FieldError id="attachment-file-error" messageKey={fileErrorKey} />
      </div>
      {failure && <ErrorAlert code={failure} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={add.isPending || reading || undefined}>
          {t('fund.supports.attachments.submit')}
        </button>
        <span role="status" className="form-status">
          {(add.isPending || reading) && t('fund.supports.common.saving')}
          {added}
        </span>
      </div>
    </form>
  );
}
