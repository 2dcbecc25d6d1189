import type { HandlersFor } from '../handler-types';
import { getOffice, officeUnits, saveOffice } from '../services/office';
import { getPreferences, setLanguage } from '../services/preferences';

export const foundationHandlers: HandlersFor<
  | 'app.info'
  | 'preferences.get'
  | 'preferences.setLanguage'
  | 'units.provinces'
  | 'units.communes'
  | 'units.legacyDistricts'
  | 'units.legacyWards'
  | 'office.get'
  | 'office.save'
  | 'office.units'
> = {
  'app.info': (ctx) => ({ version: ctx.version, runtime: ctx.runtime, unitsVersion: ctx.units.version }),
  'preferences.get': (ctx) => getPreferences(ctx.db),
  'preferences.setLanguage': (ctx, input) => setLanguage(ctx.db, input.language),
  'units.provinces': (ctx) => ctx.units.provinces(),
  'units.communes': (ctx, input) => ctx.units.communes(input.provinceCode),
  'units.legacyDistricts': (ctx, input) => ctx.units.legacyDistricts(input.provinceCode),
  'units.legacyWards': (ctx, input) => ctx.units.legacyWards(input.districtId),
  'office.get': (ctx) => getOffice(ctx.db),
  'office.save': (ctx, input) => saveOffice(ctx.db, ctx.units, ctx.clock, input),
  'office.units': (ctx) => officeUnits(ctx.db, ctx.units),
};
