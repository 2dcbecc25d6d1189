import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import {
  errorCode,
  legacyWardsQuery,
  useCommunes,
  useLegacyDistricts,
  useLegacyWards,
  useProvinces,
} from '../../api/queries';
import { validationKey } from '../../i18n';
import { Checklist, type ChecklistItem } from '../../ui/Checklist';
import { describedBy } from '../../ui/describedBy';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FieldError } from '../../ui/FieldError';
import { emptyArea, type AreaKind, type AreaValue, type OfficeFormValues } from './officeFormValues';

const isProvinceCode = (code: string) => /^\d{2}$/.test(code);

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="field-hint" role="status">
      {t('app.loading')}
    </p>
  );
}

/** The current communes of the province, as a filterable checklist. */
function CommunePicker({ provinceCode }: { provinceCode: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<OfficeFormValues>();
  const { field, fieldState } = useController({ control, name: 'area.communeCodes' });
  const communes = useCommunes(provinceCode);
  const items = useMemo<ChecklistItem[]>(
    () => (communes.data ?? []).map((c) => ({ value: c.code, label: c.name })),
    [communes.data],
  );

  if (communes.isPending) return <Loading />;
  if (communes.isError) return <ErrorAlert code={errorCode(communes.error)} />;
  return (
    <Checklist
      legend={t('office.area.communesLegend')}
      items={items}
      selected={field.value ?? []}
      onChange={field.onChange}
      errorKey={validationKey(fieldState.error?.message)}
      filterLabel={t('office.area.communesFilter')}
      filterHint={t('office.area.communesFilterHint')}
      focusRef={field.ref}
    />
  );
}

/** A district from before July 2025, then its wards (all ticked when the district is chosen). */
function LegacyDistrictPicker({ provinceCode }: { provinceCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { control, setValue, getValues, formState } = useFormContext<OfficeFormValues>();
  const district = useController({ control, name: 'area.districtId' });
  const wards = useController({ control, name: 'area.wardIds' });
  const districtId = district.field.value ?? '';

  const provinces = useProvinces();
  const districts = useLegacyDistricts(provinceCode);
  const communes = useCommunes(provinceCode);
  const wardList = useLegacyWards(districtId);

  const provinceName = provinces.data?.find((p) => p.code === provinceCode)?.name;
  const communeNames = useMemo(
    () => new Map((communes.data ?? []).map((c) => [c.code, c.name])),
    [communes.data],
  );
  const wardItems = useMemo<ChecklistItem[]>(
    () =>
      (wardList.data ?? []).map((w) => {
        const became = w.communeCodes.map((code) => communeNames.get(code) ?? code).join(', ');
        return {
          value: w.id,
          label: w.name,
          note: became ? t('office.area.wardBecame', { communes: became }) : t('office.area.wardBecameUnknown'),
        };
      }),
    [wardList.data, communeNames, t],
  );

  const chooseDistrict = async (id: string) => {
    district.field.onChange(id);
    setValue('area.wardIds', [], { shouldDirty: true });
    if (id === '') return;
    try {
      const list = await queryClient.fetchQuery(legacyWardsQuery(api, id));
      // The user may have picked another district meanwhile.
      if (getValues('area.districtId') !== id) return;
      setValue(
        'area.wardIds',
        list.map((w) => w.id),
        { shouldDirty: true, shouldValidate: formState.isSubmitted },
      );
    } catch {
      // The wards query below shows the error.
    }
  };

  const selectId = 'office-area-districtId';
  const districtErrorKey = validationKey(district.fieldState.error?.message);

  if (districts.isPending) return <Loading />;
  if (districts.isError) return <ErrorAlert code={errorCode(districts.error)} />;
  if (districts.data.length === 0) return <p className="field-hint">{t('office.area.noDistricts')}</p>;

  return (
    <>
      <div className="field">
        <label htmlFor={selectId}>{t('office.area.district')}</label>
        <select
          id={selectId}
          ref={district.field.ref}
          name={district.field.name}
          value={districtId}
          onChange={(event) => void chooseDistrict(event.target.value)}
          onBlur={district.field.onBlur}
          aria-required="true"
          aria-invalid={districtErrorKey ? true : undefined}
          aria-describedby={describedBy(districtErrorKey && `${selectId}-error`)}
        >
          <option value="">{t('office.area.districtChoose')}</option>
          {districts.data.map((d) => (
            <option key={d.id} value={d.id}>
              {d.oldProvinceName && d.oldProvinceName !== provinceName
                ? t('office.area.districtFromProvince', { name: d.name, province: d.oldProvinceName })
                : d.name}
            </option>
          ))}
        </select>
        <FieldError id={`${selectId}-error`} messageKey={districtErrorKey} />
      </div>
      {districtId !== '' &&
        (wardList.isPending ? (
          <Loading />
        ) : wardList.isError ? (
          <ErrorAlert code={errorCode(wardList.error)} />
        ) : (
          <Checklist
            legend={t('office.area.wardsLegend')}
            hint={t('office.area.wardsHint')}
            items={wardItems}
            selected={wards.field.value ?? []}
            onChange={wards.field.onChange}
            errorKey={validationKey(wards.fieldState.error?.message)}
            focusRef={wards.field.ref}
          />
        ))}
    </>
  );
}

/** Area kind (current communes or a legacy district) and the matching picker. */
export function AreaFields() {
  const { t } = useTranslation();
  const { control, setValue, clearErrors, getFieldState, formState } = useFormContext<OfficeFormValues>();
  const provinceCode = useWatch({ control, name: 'provinceCode' });
  const area = useWatch({ control, name: 'area' });
  const areaErrorKey = validationKey(getFieldState('area', formState).error?.message);
  // Before a province is chosen the pickers are not shown; their message still is.
  const pickerErrorKey = validationKey(
    getFieldState(area.kind === 'communes' ? 'area.communeCodes' : 'area.districtId', formState).error?.message,
  );

  // Switching kinds back and forth keeps what was chosen for each, within one province.
  const remembered = useRef<Partial<Record<AreaKind, AreaValue>>>({});
  useEffect(() => {
    remembered.current = {};
  }, [provinceCode]);

  const switchKind = (kind: AreaKind) => {
    if (kind === area.kind) return;
    remembered.current[area.kind] = area;
    setValue('area', remembered.current[kind] ?? emptyArea(kind), { shouldDirty: true });
    clearErrors('area');
  };

  return (
    <fieldset className="radio-group" aria-describedby={describedBy(
        areaErrorKey && 'office-area-error',
        !isProvinceCode(provinceCode) && pickerErrorKey && 'office-area-picker-error',
      )}>
      <legend>{t('office.area.legend')}</legend>
      <div className="radio-options">
        <div className="radio-option">
          <input
            id="office-area-kind-communes"
            type="radio"
            name="office-area-kind"
            value="communes"
            checked={area.kind === 'communes'}
            onChange={() => switchKind('communes')}
          />
          <label htmlFor="office-area-kind-communes">{t('office.area.kindCommunes')}</label>
        </div>
        <div className="radio-option">
          <input
            id="office-area-kind-legacy"
            type="radio"
            name="office-area-kind"
            value="legacyDistrict"
            checked={area.kind === 'legacyDistrict'}
            onChange={() => switchKind('legacyDistrict')}
          />
          <label htmlFor="office-area-kind-legacy">{t('office.area.kindLegacy')}</label>
        </div>
      </div>
      <FieldError id="office-area-error" messageKey={areaErrorKey} />
      <div className="area-picker">
        {!isProvinceCode(provinceCode) ? (
          <>
            <p className="field-hint">{t('office.area.chooseProvinceFirst')}</p>
            <FieldError id="office-area-picker-error" messageKey={pickerErrorKey} />
          </>
        ) : area.kind === 'communes' ? (
          <CommunePicker key={provinceCode} provinceCode={provinceCode} />
        ) : (
          <LegacyDistrictPicker key={provinceCode} provinceCode={provinceCode} />
        )}
      </div>
    </fieldset>
  );
}
