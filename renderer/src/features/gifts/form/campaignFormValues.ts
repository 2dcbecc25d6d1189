import type { FundingSourceKind, GiftOccasion } from '../../../../../shared/codes/gifts';
import type { GroupCode } from '../../../../../shared/codes/groups';
import { formatAmount } from '../../../../../shared/format';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { moneyForSchema, wholeNumberForSchema } from '../../../ui/schemaInput';
import type { FormCheck } from '../../../ui/withChecks';
import { dateForField, dateForSchema } from '../../children/dateText';

export interface FundingValues {
  kind: FundingSourceKind | '';
  sponsorName: string;
  amount: string;
}

export interface GroupRateValues {
  groupCode: GroupCode | '';
  cash: string;
  goodsValue: string;
}

/** The campaign form as typed: dates 'dd/mm/yyyy', money "500.000", choices '' until made. */
export interface CampaignFormValues {
  name: string;
  occasion: GiftOccasion | '';
  year: string;
  startDate: string;
  endDate: string;
  cashPerChild: string;
  goodsDescription: string;
  goodsValuePerChild: string;
  funding: FundingValues[];
  groupRates: GroupRateValues[];
  note: string;
}

export const emptyFunding: FundingValues = { kind: '', sponsorName: '', amount: '' };
export const emptyGroupRate: GroupRateValues = { groupCode: '', cash: '', goodsValue: '' };

export function emptyCampaignValues(year: number): CampaignFormValues {
  return {
    name: '',
    occasion: '',
    year: String(year),
    startDate: '',
    endDate: '',
    cashPerChild: '',
    goodsDescription: '',
    goodsValuePerChild: '',
    funding: [{ ...emptyFunding, kind: 'childFund' }],
    groupRates: [],
    note: '',
  };
}

const moneyField = (amount: number): string => (amount === 0 ? '' : formatAmount(amount));

export function campaignToFormValues(campaign: CampaignDetail): CampaignFormValues {
  return {
    name: campaign.name,
    occasion: campaign.occasion,
    year: String(campaign.year),
    startDate: dateForField(campaign.startDate),
    endDate: dateForField(campaign.endDate),
    cashPerChild: moneyField(campaign.cashPerChild),
    goodsDescription: campaign.goodsDescription ?? '',
    goodsValuePerChild: moneyField(campaign.goodsValuePerChild),
    funding: campaign.funding.map((source) => ({
      kind: source.kind,
      sponsorName: source.sponsorName ?? '',
      amount: formatAmount(source.amount),
    })),
    groupRates: campaign.groupRates.map((rate) => ({
      groupCode: rate.groupCode,
      cash: moneyField(rate.cash),
      goodsValue: moneyField(rate.goodsValue),
    })),
    note: campaign.note ?? '',
  };
}

const choice = <T extends string>(value: T | ''): T | undefined => (value === '' ? undefined : value);

/** What campaignInputSchema checks: the values converted, not yet trusted. A blank gift part is 0. */
export function toSchemaInput(values: CampaignFormValues): Record<string, unknown> {
  return {
    name: values.name,
    occasion: choice(values.occasion),
    year: wholeNumberForSchema(values.year) ?? undefined,
    startDate: dateForSchema(values.startDate),
    endDate: dateForSchema(values.endDate),
    cashPerChild: moneyForSchema(values.cashPerChild, 0),
    goodsDescription: values.goodsDescription,
    goodsValuePerChild: moneyForSchema(values.goodsValuePerChild, 0),
    funding: values.funding.map((source) => ({
      kind: choice(source.kind),
      sponsorName: source.kind === 'sponsor' ? source.sponsorName : null,
      amount: moneyForSchema(source.amount, undefined),
    })),
    groupRates: values.groupRates.map((rate) => ({
      groupCode: choice(rate.groupCode),
      cash: moneyForSchema(rate.cash, 0),
      goodsValue: moneyForSchema(rate.goodsValue, 0),
    })),
    note: values.note,
  };
}

/** Choices left empty read "required" (the schema's enums would say "invalid"). */
export function emptyChoices(values: CampaignFormValues): FormCheck[] {
  return [
    ...(values.occasion === '' ? [{ path: 'occasion', message: 'validation.required' }] : []),
    ...values.funding.flatMap((source, index) =>
      source.kind === '' ? [{ path: `funding.${index}.kind`, message: 'validation.required' }] : [],
    ),
    ...values.groupRates.flatMap((rate, index) =>
      rate.groupCode === '' ? [{ path: `groupRates.${index}.groupCode`, message: 'validation.required' }] : [],
    ),
  ];
}

const fieldPattern = /^(name|occasion|year|startDate|endDate|cashPerChild|goodsDescription|goodsValuePerChild|note|funding|groupRates|funding\.\d+\.(kind|sponsorName|amount)|groupRates\.\d+\.(groupCode|cash|goodsValue))$/;

/** Whether a path main names in a refusal is a field of this form (so its message goes beside it). */
export const isCampaignField = (path: string): boolean => fieldPattern.test(path);
