import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangePeriod, ExchangePeriodKind, ExchangeTableName } from '../../../../shared/codes/exchange';
import type { PackageProblem } from '../../../../shared/exchange';
import { romanNumeral } from '../../../../shared/format/roman';

/** A period's name with the given translator: the screen's (UI language) or a document's (Vietnamese). */
export function periodName(t: TFunction, period: ExchangePeriod): string {
  switch (period.kind) {
    case 'month':
      return t('exchange.period.month', { number: period.number, year: period.year });
    case 'quarter':
      return t('exchange.period.quarter', { roman: romanNumeral(period.number), year: period.year });
    case 'half':
      return period.number === 1 ? t('exchange.period.half1', { year: period.year }) : t('exchange.period.half2', { year: period.year });
    case 'year':
      return t('exchange.period.year', { year: period.year });
  }
}

/** Which personal data a package carries (or will carry), as the screens word it. */
export type PersonalData = 'none' | 'ids' | 'phones' | 'both';

export function personalData(includes: { personalIds: boolean; guardianPhones: boolean }): PersonalData {
  if (includes.personalIds) return includes.guardianPhones ? 'both' : 'ids';
  return includes.guardianPhones ? 'phones' : 'none';
}

/** Names of the exchange's periods, tables and package problems in the UI language (labels in exchange.*). */
export function useExchangeLabels() {
  const { t } = useTranslation();
  return useMemo(() => {
    const tableLabel = (table: ExchangeTableName | string): string =>
      t(`exchange.tables.${table}`, { defaultValue: table }); // i18n-dynamic: exchange.tables.
    return {
      period: (period: ExchangePeriod): string => periodName(t, period),
      periodKind: (kind: ExchangePeriodKind) => t(`exchange.periodKinds.${kind}`), // i18n-dynamic: exchange.periodKinds.
      table: tableLabel,
      problem: (problem: PackageProblem): string =>
        // i18n-dynamic: exchange.problems.
        t(`exchange.problems.${problem.code}`, {
          table: problem.details?.table ? tableLabel(problem.details.table) : '',
          count: problem.details?.count ?? 0,
          sequence: problem.details?.sequence ?? 0,
          tables: (problem.details?.tables ?? []).join(', '),
          code: problem.details?.code ?? '',
        }),
    };
  }, [t]);
}

export type ExchangeLabels = ReturnType<typeof useExchangeLabels>;
