import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { legalGroups, type GroupCode, type LegalGroup } from '../../../../shared/codes/groups';
import { ethnicities, ethnicityByCode, type EthnicityList } from '../../../../shared/codes/ethnicities';
import type { CircumstanceOption, Membership } from '../../../../shared/register';
import { currentLanguage } from '../../i18n';
import { useCircumstances } from './queries';

const groupsByCode = new Map<string, LegalGroup>(legalGroups.map((group) => [group.code, group]));

export const groupLetter = (code: string): string => groupsByCode.get(code)?.letter ?? code;

/** "a, đ" — the letters of the groups a child is in, in the law's order. */
export function groupLetters(codes: readonly GroupCode[]): string {
  return legalGroups
    .filter((group) => codes.includes(group.code))
    .map((group) => group.letter)
    .join(', ');
}

/**
 * Names of the 14 groups, sub-groups, at-risk options and ethnicities in the UI language.
 * Sub-groups and at-risk options come from the database (an office can add its own).
 */
export function useCodeLabels() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const circumstances = useCircumstances();

  return useMemo(() => {
    const options = circumstances.data ?? [];
    const optionsByCode = new Map(options.map((option) => [option.code, option]));
    const optionName = (option: CircumstanceOption) => (language === 'vi' ? option.nameVi : option.nameEn);
    const groupName = (group: LegalGroup) => (language === 'vi' ? group.nameVi : group.nameEn);

    const groupLabel = (code: string): string => {
      const group = groupsByCode.get(code);
      return group ? `${group.letter}) ${groupName(group)}` : code;
    };
    const circumstanceName = (code: string | null): string => {
      if (!code) return '';
      const option = optionsByCode.get(code);
      return option ? optionName(option) : code;
    };
    const membershipLabel = (membership: Pick<Membership, 'kind' | 'code'>): string =>
      membership.kind === 'group' ? groupLabel(membership.code) : circumstanceName(membership.code);
    const subgroupsOf = (groupCode: string) =>
      options.filter((option) => option.kind === 'subgroup' && option.groupCode === groupCode && option.active);
    const atRiskOptions = options.filter((option) => option.kind === 'atRisk' && option.active);
    const ethnicityName = (list: EthnicityList, code: string): string => ethnicityByCode(list, code)?.name ?? code;

    return {
      ready: circumstances.isSuccess,
      groups: legalGroups,
      groupLabel,
      circumstanceName,
      membershipLabel,
      subgroupsOf,
      atRiskOptions,
      optionName,
      ethnicities,
      ethnicityName,
    };
  }, [circumstances.data, circumstances.isSuccess, language]);
}

export type CodeLabels = ReturnType<typeof useCodeLabels>;
