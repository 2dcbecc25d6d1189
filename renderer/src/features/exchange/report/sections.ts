import type { TFunction } from 'i18next';
import { groupCodes, legalGroups } from '../../../../../shared/codes/groups';
import { builtinModelTypes } from '../../../../../shared/codes/models';
import type { ProvinceReport, ProvinceReportOffice } from '../../../../../shared/exchange';
import { toIsoDate } from '../../../../../shared/format/date';
import { formatAmount } from '../../../../../shared/format/money';
import { formatShare } from '../../models/coverage/coverageFigures';

/**
 * The province report's four tables, for the screen (in the UI language) and the A4 document
 * (in Vietnamese): the same columns either way, so the two cannot drift apart. Each table has
 * a row per office (number, code, name, the day its data runs to) and then these figures.
 */

/** One office's figures, or the province's total. */
export type Figures = Pick<ProvinceReportOffice, 'children' | 'gifts' | 'fund' | 'models'>;

export const sectionIds = ['children', 'gifts', 'fund', 'models'] as const;
export type SectionId = (typeof sectionIds)[number];

export interface HeaderCell {
  label: string;
  colSpan?: number;
  rowSpan?: number;
}

/** How a figure column reads: counts and money right-aligned, a share too but narrower. */
export type ColumnKind = 'count' | 'money' | 'share';

export interface ReportSection {
  id: SectionId;
  title: string;
  /** Header rows of the figure columns (one or two), after the office's four columns. */
  header: HeaderCell[][];
  kinds: ColumnKind[];
  cells: (figures: Figures) => string[];
}

/** Number, code, office, "số liệu đến". */
export const officeColumnCount = 4;

const count = (n: number) => formatAmount(n);

/**
 * Whether an office's newest package was made before the report's period ended: a package is a
 * snapshot of the office on the day it was made (whatever period it is labelled with), so its
 * figures stop short of `to`.
 */
export const endsBeforeReport = (entry: Pick<ProvinceReportOffice, 'createdAt'>, report: Pick<ProvinceReport, 'to'>): boolean =>
  toIsoDate(new Date(entry.createdAt)) < report.to;

/** The year whose model coverage the report shows: that of the period's end. */
export const modelsYear = (report: Pick<ProvinceReport, 'to'>): number => Number(report.to.slice(0, 4));

/** The letter printed for a legal group: a, b, …, đ, … o. */
export const groupLetters = groupCodes.map((code) => legalGroups.find((group) => group.code === code)?.letter ?? code);

export function reportSections(t: TFunction, locale: string, year: number): ReportSection[] {
  const children: ReportSection = {
    id: 'children',
    title: t('provinceReport.sections.children'),
    header: [
      [
        { label: t('provinceReport.columns.total'), rowSpan: 2 },
        { label: t('provinceReport.columns.bySex'), colSpan: 2 },
        { label: t('provinceReport.columns.byGroup'), colSpan: groupCodes.length },
        { label: t('provinceReport.columns.atRisk'), rowSpan: 2 },
        { label: t('provinceReport.columns.supported'), colSpan: 2 },
      ],
      [
        { label: t('provinceReport.columns.male') },
        { label: t('provinceReport.columns.female') },
        ...groupLetters.map((letter) => ({ label: letter })),
        { label: t('provinceReport.columns.supportedCount') },
        { label: t('provinceReport.columns.supportedShare') },
      ],
    ],
    kinds: [...Array<ColumnKind>(3 + groupCodes.length + 2).fill('count'), 'share'],
    cells: ({ children: row }) => [
      count(row.total),
      count(row.male),
      count(row.female),
      ...groupCodes.map((code) => count(row.byGroup[code] ?? 0)),
      count(row.atRisk),
      count(row.supported),
      formatShare(row.supported, row.total, locale),
    ],
  };
  const gifts: ReportSection = {
    id: 'gifts',
    title: t('provinceReport.sections.gifts'),
    header: [
      [
        { label: t('provinceReport.columns.campaigns') },
        { label: t('provinceReport.columns.giftsDelivered') },
        { label: t('provinceReport.columns.giftsValue') },
      ],
    ],
    kinds: ['count', 'count', 'money'],
    cells: ({ gifts: row }) => [count(row.campaigns), count(row.giftsDelivered), formatAmount(row.value)],
  };
  const fund: ReportSection = {
    id: 'fund',
    title: t('provinceReport.sections.fund'),
    header: [
      [
        { label: t('provinceReport.columns.received') },
        { label: t('provinceReport.columns.paid') },
        { label: t('provinceReport.columns.balance') },
        { label: t('provinceReport.columns.childTimes') },
        { label: t('provinceReport.columns.supportPaid') },
      ],
    ],
    kinds: ['money', 'money', 'money', 'count', 'money'],
    cells: ({ fund: row }) => [
      formatAmount(row.received),
      formatAmount(row.paid),
      formatAmount(row.balance),
      count(row.childTimes),
      formatAmount(row.supportPaid),
    ],
  };
  const models: ReportSection = {
    id: 'models',
    title: t('provinceReport.sections.models', { year }),
    header: [
      [
        { label: t('provinceReport.columns.communes'), rowSpan: 2 },
        { label: t('provinceReport.columns.covered'), colSpan: builtinModelTypes.length },
      ],
      builtinModelTypes.map((code) => ({ label: t(`models.codes.type.${code}`) /* i18n-dynamic: models.codes.type. */ })),
    ],
    kinds: Array<ColumnKind>(1 + builtinModelTypes.length).fill('count'),
    cells: ({ models: row }) => [count(row.communes), ...builtinModelTypes.map((code) => count(row.covered[code] ?? 0))],
  };
  return [children, gifts, fund, models];
}

/** "a) Trẻ em mồ côi cả cha và mẹ; b) …": what the group letters stand for. */
export const groupLegend = (language: string): string =>
  legalGroups.map((group) => `${group.letter}) ${language === 'en' ? group.nameEn : group.nameVi}`).join('; ');
