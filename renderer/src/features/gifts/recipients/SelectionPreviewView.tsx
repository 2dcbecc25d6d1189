import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/format';
import type { SelectionPreview } from '../../../../../shared/gifts';

/** What applying the rules would do: how many match (per commune), added, dropped, left out, and the cost. */
export function SelectionPreviewView({ preview }: { preview: SelectionPreview }) {
  const { t } = useTranslation();
  return (
    <section className="gift-preview" aria-labelledby="gift-preview-title">
      <h3 id="gift-preview-title">{t('gifts.preview.title')}</h3>
      <dl className="gift-figures">
        <div>
          <dt>{t('gifts.preview.matched')}</dt>
          <dd>{t('gifts.common.count', { count: preview.matched })}</dd>
        </div>
        <div>
          <dt>{t('gifts.preview.toAdd')}</dt>
          <dd>{t('gifts.common.count', { count: preview.toAdd })}</dd>
        </div>
        <div>
          <dt>{t('gifts.preview.toDrop')}</dt>
          <dd>{t('gifts.common.count', { count: preview.toDrop })}</dd>
        </div>
        <div>
          <dt>{t('gifts.preview.excluded')}</dt>
          <dd>{t('gifts.common.count', { count: preview.excludedByRecentGift })}</dd>
        </div>
        <div>
          <dt>{t('gifts.preview.plannedAmount')}</dt>
          <dd>{formatMoney(preview.plannedAmount)}</dd>
        </div>
      </dl>
      {preview.byUnit.length > 0 && (
        <table className="data-table gift-preview-units">
          <caption>{t('gifts.preview.byUnit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gifts.fields.unit')}</th>
              <th scope="col" className="number">
                {t('gifts.preview.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.byUnit.map((line) => (
              <tr key={line.unitId}>
                <th scope="row">{line.unitName}</th>
                <td className="number">{line.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
