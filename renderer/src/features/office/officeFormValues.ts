import type { Path } from 'react-hook-form';
import type { OfficeProfile, OfficeSetupInput } from '../../../../shared/schemas/office';

export type OfficeFormValues = OfficeSetupInput;
export type AreaKind = OfficeSetupInput['area']['kind'];
export type AreaValue = OfficeSetupInput['area'];

export function emptyArea(kind: AreaKind): AreaValue {
  return kind === 'communes'
    ? { kind: 'communes', communeCodes: [] }
    : { kind: 'legacyDistrict', districtId: '', wardIds: [] };
}

/** A blank setup form; `headTitle` is the usual title, from the locale. */
export function emptyOfficeValues(headTitle: string): OfficeFormValues {
  return {
    mode: 'office',
    provinceCode: '',
    area: emptyArea('communes'),
    name: '',
    parentAgency: '',
    receiver: '',
    placeName: '',
    headTitle,
    headName: '',
    preparerName: '',
  };
}

export function officeToFormValues(office: OfficeProfile): OfficeFormValues {
  return {
    mode: office.mode,
    provinceCode: office.provinceCode,
    area:
      office.area.kind === 'communes'
        ? { kind: 'communes', communeCodes: [...office.area.communeCodes] }
        : { kind: 'legacyDistrict', districtId: office.area.districtId, wardIds: [...office.area.wardIds] },
    name: office.name,
    parentAgency: office.parentAgency,
    receiver: office.receiver,
    placeName: office.placeName,
    headTitle: office.headTitle,
    headName: office.headName,
    preparerName: office.preparerName,
  };
}

const formPaths = [
  'mode',
  'provinceCode',
  'area',
  'area.communeCodes',
  'area.districtId',
  'area.wardIds',
  'name',
  'parentAgency',
  'receiver',
  'placeName',
  'headTitle',
  'headName',
  'preparerName',
] as const satisfies readonly Path<OfficeFormValues>[];

export type OfficeFormPath = (typeof formPaths)[number];

/**
 * Maps a path from main's error details ("area.communeCodes.3", "area.kind") onto the
 * form field that shows it; undefined when no field fits.
 */
export function toFormPath(path: string): OfficeFormPath | undefined {
  let trimmed = path.replace(/(\.\d+)+$/, '');
  if (trimmed === 'area.kind') trimmed = 'area';
  return formPaths.find((p) => p === trimmed);
}
