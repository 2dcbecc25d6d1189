import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';

interface PassphraseFieldsProps {
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** A 'validation.*' key for the first field (none typed). */
  errorKey: string | undefined;
  disabled: boolean;
}

export const passphraseFieldId = (index: number) => `province-passphrase-${index + 1}`;

/**
 * Step 2: the passphrases agreed with the offices. Offices may have different ones, so more
 * can be added; main tries each on each file. They are never stored.
 */
export function PassphraseFields({ values, onChange, errorKey, disabled }: PassphraseFieldsProps) {
  const { t } = useTranslation();
  const shown = useRef(values.length);

  // A field just added takes the focus; one taken away leaves it on "Thêm mật khẩu khác".
  useEffect(() => {
    if (values.length > shown.current) document.getElementById(passphraseFieldId(values.length - 1))?.focus();
    shown.current = values.length;
  }, [values.length]);

  const set = (index: number, value: string) => onChange(values.map((old, at) => (at === index ? value : old)));
  const remove = (index: number) => {
    onChange(values.filter((_, at) => at !== index));
    document.getElementById('province-passphrase-add')?.focus();
  };

  return (
    <section className="province-step" aria-labelledby="province-step-passphrases">
      <h2 id="province-step-passphrases">{t('exchangeProvince.passphrases.title')}</h2>
      <p id="province-passphrases-hint" className="province-hint">
        {t('exchangeProvince.passphrases.hint')}
      </p>
      {values.map((value, index) => {
        const id = passphraseFieldId(index);
        const error = index === 0 ? errorKey : undefined;
        return (
          <div className="province-passphrase" key={index}>
            <label htmlFor={id} className="province-label">
              {index === 0 ? t('exchangeProvince.passphrases.first') : t('exchangeProvince.passphrases.other', { number: index + 1 })}
            </label>
            <div className="province-passphrase__row">
              <input
                id={id}
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={value}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy('province-passphrases-hint', error && `${id}-error`)}
                onChange={(event) => set(index, event.target.value)}
              />
              {index > 0 && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('exchangeProvince.passphrases.removeFor', { number: index + 1 })}
                  disabled={disabled}
                  onClick={() => remove(index)}
                >
                  {t('exchangeProvince.passphrases.remove')}
                </button>
              )}
            </div>
            <FieldError id={`${id}-error`} messageKey={error} />
          </div>
        );
      })}
      <button
        id="province-passphrase-add"
        type="button"
        className="button button-secondary button-small"
        disabled={disabled || values.length >= 50}
        onClick={() => onChange([...values, ''])}
      >
        {t('exchangeProvince.passphrases.add')}
      </button>
    </section>
  );
}
