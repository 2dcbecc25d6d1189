import type { GroupCode } from '../../../../../shared/codes/groups';
import type { HouseholdStatus } from '../../../../../shared/codes/register';
import type { SelectionRules } from '../../../../../shared/schemas/gifts';
import { wholeNumberForSchema } from '../../../ui/schemaInput';

/** The rules form as typed: ages and months as text, the "no recent gift" rule on or off. */
export interface SelectionValues {
  groupCodes: GroupCode[];
  includeAtRisk: boolean;
  ageMin: string;
  ageMax: string;
  unitIds: string[];
  householdStatuses: HouseholdStatus[];
  noRecentGift: boolean;
  noGiftMonths: string;
}

/** The months the "no gift from the same source" rule looks back, until the user says otherwise. */
export const defaultNoGiftMonths = 12;

export function selectionValues(rules: SelectionRules | null): SelectionValues {
  return {
    groupCodes: rules?.groupCodes ?? [],
    includeAtRisk: rules?.includeAtRisk ?? false,
    ageMin: rules?.ageMin === null || rules?.ageMin === undefined ? '' : String(rules.ageMin),
    ageMax: rules?.ageMax === null || rules?.ageMax === undefined ? '' : String(rules.ageMax),
    unitIds: rules?.unitIds ?? [],
    householdStatuses: rules?.householdStatuses ?? [],
    noRecentGift: (rules?.noGiftMonths ?? null) !== null,
    noGiftMonths: String(rules?.noGiftMonths ?? defaultNoGiftMonths),
  };
}

/** What selectionRulesSchema checks. */
export function toRulesInput(values: SelectionValues): Record<string, unknown> {
  return {
    groupCodes: values.groupCodes,
    includeAtRisk: values.includeAtRisk,
    ageMin: wholeNumberForSchema(values.ageMin),
    ageMax: wholeNumberForSchema(values.ageMax),
    unitIds: values.unitIds,
    householdStatuses: values.householdStatuses,
    noGiftMonths: values.noRecentGift ? (wholeNumberForSchema(values.noGiftMonths) ?? '') : null,
  };
}
