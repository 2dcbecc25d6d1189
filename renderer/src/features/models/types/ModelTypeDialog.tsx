import { useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../../shared/errors';
import type { ModelType } from '../../../../../shared/models';
import { modelTypeInputSchema } from '../../../../../shared/schemas/models';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { refusalOnFields } from '../common/refusal';
import { useCreateModelType, useUpdateModelType } from './queries';

interface NameValues {
  name: string;
}

const fields = ['name'] as const;
const resolver = convertingResolver(modelTypeInputSchema, (values: NameValues) => ({ ...values })) as Resolver<NameValues, unknown, NameValues>;

interface ModelTypeDialogProps {
  /** The office's own model to rename; without one, a new model. */
  type?: ModelType;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** "Thêm mô hình" / "Đổi tên mô hình": the office's own model's name. */
export function ModelTypeDialog({ type, onClose, onSaved }: ModelTypeDialogProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const create = useCreateModelType();
  const update = useUpdateModelType();
  const busy = create.isPending || update.isPending;
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const { register, handleSubmit, formState, getFieldState, setError } = useForm<NameValues, unknown, NameValues>({
    resolver,
    defaultValues: { name: type?.name ?? '' },
    shouldFocusError: false,
  });

  const submit = async ({ name }: NameValues) => {
    if (busy) return;
    setFailure(null);
    try {
      if (type) await update.mutateAsync({ id: type.id, name, archived: type.archived });
      else await create.mutateAsync({ name });
      onSaved(name);
    } catch (caught) {
      setFailure(refusalOnFields({ caught, fields, setError }));
      focusFirstError();
    }
  };

  return (
    <FormDialog title={type ? t('models.types.renameTitle') : t('models.types.createTitle')} onClose={onClose} dirty={formState.isDirty}>
      {(close) => (
        <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
          <TextInput
            id="model-type-name"
            label={t('models.types.name')}
            errorKey={messageKey(getFieldState('name', formState).error?.message)}
            registration={register('name')}
            required
          />
          {failure && <ErrorAlert code={failure} lead={t('models.types.saveFailed')} />}
          <DialogButtons
            cancelLabel={t('models.common.cancel')}
            onCancel={close}
            submitLabel={type ? t('models.common.saveChanges') : t('models.types.create')}
            busy={busy}
          />
        </form>
      )}
    </FormDialog>
  );
}
