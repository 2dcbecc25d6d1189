import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { normalizeName } from '../../../../../shared/format';
import { messageKey } from '../dateText';
import { TextInput } from '../fields';
import { emptyGuardian, type ChildFormValues } from './childFormValues';

const maxGuardians = 6;

/** Parents and guardians: add, remove; each with name, relation, phone, ID, lives with the child. */
export function GuardianFields() {
  const { t } = useTranslation();
  const { control, register, formState, getFieldState, setValue } = useFormContext<ChildFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'guardians' });

  return (
    <>
      {fields.length === 0 && <p className="field-hint">{t('children.guardians.noneYet')}</p>}
      {fields.map((field, index) => {
        const id = `guardian-${index}`;
        const error = (name: keyof typeof emptyGuardian) =>
          messageKey(getFieldState(`guardians.${index}.${name}`, formState).error?.message);
        const name = register(`guardians.${index}.fullName`, {
          onBlur: (event: { target: { value: string } }) => {
            const tidy = normalizeName(event.target.value);
            if (tidy !== event.target.value) setValue(`guardians.${index}.fullName`, tidy, { shouldDirty: true });
          },
        });
        return (
          <fieldset key={field.id} className="guardian">
            <legend>{t('children.guardians.legend', { number: index + 1 })}</legend>
            <TextInput id={`${id}-fullName`} label={t('children.guardians.fullNameField')} errorKey={error('fullName')} registration={name} required />
            <TextInput
              id={`${id}-relation`}
              label={t('children.guardians.relationField')}
              hint={t('children.guardians.relationHint')}
              errorKey={error('relation')}
              registration={register(`guardians.${index}.relation`)}
              required
            />
            <TextInput id={`${id}-phone`} label={t('children.guardians.phoneField')} inputMode="tel" errorKey={error('phone')} registration={register(`guardians.${index}.phone`)} />
            <TextInput
              id={`${id}-personalId`}
              label={t('children.guardians.personalIdField')}
              inputMode="numeric"
              errorKey={error('personalId')}
              registration={register(`guardians.${index}.personalId`)}
            />
            <div className="check-field">
              <input id={`${id}-lives`} type="checkbox" {...register(`guardians.${index}.livesWithChild`)} />
              <label htmlFor={`${id}-lives`}>{t('children.guardians.livesWithChildField')}</label>
            </div>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('children.guardians.removeFor', { number: index + 1 })}
              onClick={() => remove(index)}
            >
              {t('children.guardians.remove')}
            </button>
          </fieldset>
        );
      })}
      {fields.length < maxGuardians && (
        <button type="button" className="button button-secondary" onClick={() => append({ ...emptyGuardian })}>
          {t('children.guardians.add')}
        </button>
      )}
    </>
  );
}
