import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ChildDetail } from '../../../../../shared/register';
import type { OfficeUnit } from '../../../../../shared/units';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { childPath, childrenListPath } from '../paths';
import { useChild, useOfficeUnits } from '../queries';
import { useCodeLabels } from '../useCodeLabels';
import { ChildForm } from './ChildForm';
import { childToFormValues, emptyChildValues } from './childFormValues';
import '../../office/office-form.css';
import '../children.css';

/** Units and code lists first: the form's choices must be there before it is filled in. */
function useFormData() {
  const units = useOfficeUnits();
  const labels = useCodeLabels();
  const error = units.error ?? null;
  return { units: units.data, labels, ready: units.isSuccess && labels.ready, error };
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('children.form.loading')}</p>;
}

export function NewChildPage() {
  const { t } = useTranslation();
  const { units, labels, ready, error } = useFormData();
  const onlyUnit = units?.length === 1 ? (units[0]?.id ?? '') : '';
  return (
    <div className="page">
      <h1>{t('children.form.createTitle')}</h1>
      {error && <ErrorAlert code={errorCode(error)} />}
      {ready && units ? (
        <ChildForm mode="create" defaultValues={emptyChildValues(onlyUnit)} units={units} labels={labels} cancelTo={childrenListPath} />
      ) : (
        !error && <Loading />
      )}
    </div>
  );
}

/** A unit the record names but the office no longer covers stays choosable. */
function unitsWith(units: readonly OfficeUnit[], child: ChildDetail): OfficeUnit[] {
  return units.some((unit) => unit.id === child.unitId)
    ? [...units]
    : [{ id: child.unitId, name: child.unitName, kind: 'commune' }, ...units];
}

export function EditChildPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const child = useChild(id);
  const { units, labels, ready, error } = useFormData();
  const failure = child.error ?? error;

  return (
    <div className="page">
      <h1>{t('children.form.editTitle')}</h1>
      {child.data && <p className="child-form-subtitle">{child.data.fullName}</p>}
      {failure && <ErrorAlert code={errorCode(failure)} />}
      {child.data?.status === 'left' ? (
        <>
          <ErrorAlert code="errors.childLeft" />
          <p>
            <Link to={childPath(child.data.id)}>{t('children.form.backToRecord')}</Link>
          </p>
        </>
      ) : ready && units && child.data ? (
        <ChildForm
          key={child.data.id}
          mode="edit"
          childId={child.data.id}
          defaultValues={childToFormValues(child.data)}
          units={unitsWith(units, child.data)}
          labels={labels}
          cancelTo={childPath(child.data.id)}
        />
      ) : (
        !failure && <Loading />
      )}
    </div>
  );
}
