import { z } from 'zod';
import {
  attachmentKinds,
  donorKinds,
  donorOrigins,
  earmarkKinds,
  inKindEarmarkPurposes,
  medicalSupportTypes,
  periodPattern,
  receiptKinds,
  spendingPurposes,
  supportStatuses,
  supportTypes,
} from '../codes/fund';
import { isoDate } from './children';
import { optionalText, requiredText } from './common';
import { moneyAmount } from './gifts';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const nullableText = (max: number) => z.preprocess(blankToNull, optionalText(max).nullable());
const id = z.string().min(1).max(100);
const positiveMoney = moneyAmount.refine((value) => value > 0, { error: 'validation.amountPositive' });

// ── Donors ────────────────────────────────────────────────────────────────────────────────

export const donorInputSchema = z.object({
  name: requiredText(200),
  kind: z.enum(donorKinds, { error: 'validation.required' }),
  origin: z.enum(donorOrigins, { error: 'validation.required' }),
  /** Published on the transparency list as "Nhà hảo tâm không nêu tên". */
  anonymous: z.boolean().default(false),
  contactPerson: nullableText(120),
  phone: nullableText(30),
  email: z.preprocess(blankToNull, z.email({ error: 'validation.email' }).max(120, { error: 'validation.tooLong' }).nullable()),
  address: nullableText(300),
  note: nullableText(1000),
});
export const donorUpdateSchema = donorInputSchema.extend({ id });
export const donorQuerySchema = z.object({ search: z.string().max(100).default('') });

// ── Receipts ──────────────────────────────────────────────────────────────────────────────

/**
 * What a receipt (or nothing) is set aside for. Flat fields so that forms can bind them;
 * only the one the kind names is kept.
 */
export const earmarkSchema = z
  .object({
    earmarkKind: z.enum(earmarkKinds).default('none'),
    earmarkPurpose: z.enum(spendingPurposes).nullable().default(null),
    /** A UnitRef of the office's area. */
    earmarkUnitId: z.string().max(200).nullable().default(null),
    earmarkChildId: z.string().max(100).nullable().default(null),
  })
  .refine(
    (e) =>
      (e.earmarkKind !== 'purpose' || e.earmarkPurpose !== null) &&
      (e.earmarkKind !== 'unit' || (e.earmarkUnitId ?? '') !== '') &&
      (e.earmarkKind !== 'child' || (e.earmarkChildId ?? '') !== ''),
    { error: 'validation.earmarkTarget', path: ['earmarkKind'] },
  );

export const receiptInputSchema = z
  .object({
    /** Số phiếu thu, unique in the office. */
    receiptNo: requiredText(40),
    receivedOn: isoDate,
    donorId: id,
    kind: z.enum(receiptKinds, { error: 'validation.required' }),
    /** Cash: the amount; in kind: the goods' estimated value. */
    amount: positiveMoney,
    goodsDescription: nullableText(300),
    goodsQuantity: z.number({ error: 'validation.quantity' }).positive({ error: 'validation.quantity' }).max(1_000_000_000).nullable().default(null),
    /** "thùng", "suất", "chiếc" … */
    goodsUnit: nullableText(40),
    note: nullableText(1000),
  })
  .and(earmarkSchema)
  .refine((r) => r.kind === 'cash' || ((r.goodsDescription ?? '') !== '' && r.goodsQuantity !== null), {
    error: 'validation.goodsRequired',
    path: ['goodsDescription'],
  })
  .refine(
    (r) =>
      r.kind === 'cash' ||
      r.earmarkKind === 'none' ||
      (r.earmarkKind === 'purpose' && r.earmarkPurpose !== null && inKindEarmarkPurposes.includes(r.earmarkPurpose)),
    { error: 'validation.goodsEarmark', path: ['earmarkKind'] },
  );

export const receiptQuerySchema = z.object({
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  donorId: id.nullable().default(null),
  /** Receipt number or donor name. */
  search: z.string().max(100).default(''),
});

/** A posted receipt is never edited: it is cancelled by a reversing entry dated `date`. */
export const receiptCancelSchema = z.object({
  id,
  date: isoDate,
  reason: requiredText(500),
  /** Needed when the money has already been spent (the fund would go below zero); logged. */
  overrideReason: nullableText(500),
});

// ── Support for a child ───────────────────────────────────────────────────────────────────

export const supportProposalSchema = z
  .object({
    childId: id,
    type: z.enum(supportTypes, { error: 'validation.required' }),
    proposedOn: isoDate,
    /** Who proposed it: "UBND xã …", a school, a hospital's screening … */
    proposedBy: nullableText(200),
    /** Screening and diagnosis (medical types), or the circumstances behind the request. */
    diagnosis: nullableText(2000),
    estimatedCost: moneyAmount,
    note: nullableText(1000),
  })
  .refine((p) => !medicalSupportTypes.includes(p.type) || (p.diagnosis ?? '') !== '', {
    error: 'validation.diagnosisRequired',
    path: ['diagnosis'],
  });
export const supportProposalUpdateSchema = supportProposalSchema.and(z.object({ id }));

/** Approve a proposal, or amend the decision of an approved case (then `reason` is required). */
export const supportApproveSchema = z.object({
  id,
  /** Which step the user took: a stale screen's "approve" on an approved case is refused, not taken as an amendment. */
  mode: z.enum(['approve', 'amend']).default('approve'),
  decisionNo: requiredText(60),
  decisionDate: isoDate,
  approvedAmount: positiveMoney,
  reason: nullableText(500),
});

/**
 * The case is done: where and when, what it cost and who paid. The fund's share is paid from
 * the ledger on `paidOn`, at most the approved amount.
 */
export const supportCompleteSchema = z
  .object({
    id,
    /** The hospital (medical types) or the school / place the support was given. */
    hospital: nullableText(200),
    doneOn: isoDate,
    paidOn: isoDate,
    costFund: moneyAmount,
    costInsurance: moneyAmount,
    costCofunders: moneyAmount,
    /** Required when co-funders paid a share: "Chương trình Trái tim cho em" … */
    cofunderNames: nullableText(300),
    costFamily: moneyAmount,
    note: nullableText(1000),
    /** Needed to pay more than the fund holds for this case; logged with the payment. */
    overrideReason: nullableText(500),
  })
  .refine((c) => c.costFund + c.costInsurance + c.costCofunders + c.costFamily > 0, {
    error: 'validation.costSplitEmpty',
    path: ['costFund'],
  })
  .refine((c) => c.costCofunders === 0 || (c.cofunderNames ?? '') !== '', {
    error: 'validation.cofunderNames',
    path: ['cofunderNames'],
  });

/** Reject (proposed) or cancel (proposed, approved): a reason is always given. */
export const supportCloseSchema = z.object({ id, on: isoDate, reason: requiredText(500) });

/** Undo "done": its payment is reversed on `date` and the case is approved again. */
export const supportReopenSchema = z.object({ id, date: isoDate, reason: requiredText(500) });

export const followUpSchema = z.object({ supportId: id, notedOn: isoDate, text: requiredText(2000) });

export const supportQuerySchema = z.object({
  statuses: z.array(z.enum(supportStatuses)).max(supportStatuses.length).default([]),
  types: z.array(z.enum(supportTypes)).max(supportTypes.length).default([]),
  /** A UnitRef, or null for the whole area. */
  unitId: z.string().max(200).nullable().default(null),
  /** The child's name, or a decision number. */
  search: z.string().max(100).default(''),
});

export const attachmentAddSchema = z.object({
  supportId: id,
  kind: z.enum(attachmentKinds),
  /** Shown in the list; the copy opened in Electron gets a cleaned name with the extension of its real type. */
  fileName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, { error: 'validation.fileName' })
    .refine((name) => name.replace(/[. ]/g, '') !== '', { error: 'validation.fileName' }),
  /** The scanned file's bytes, base64 (at most 20 MiB before encoding). */
  base64: z.string().min(1).max(28 * 1024 * 1024),
});

// ── Ledger ────────────────────────────────────────────────────────────────────────────────

/** Pay part of a gift campaign's gifts from the fund (purpose "gifts"). */
export const campaignPaymentSchema = z.object({
  campaignId: id,
  paidOn: isoDate,
  amount: positiveMoney,
  note: nullableText(500),
  overrideReason: nullableText(500),
});

/** Hand goods received in kind to a gift campaign. */
export const goodsIssueSchema = z.object({
  campaignId: id,
  /** The in-kind receipt the goods came with. */
  receiptId: id,
  quantity: z.number({ error: 'validation.quantity' }).positive({ error: 'validation.quantity' }).max(1_000_000_000),
  issuedOn: isoDate,
  note: nullableText(500),
});

/** Reverse a campaign payment or a goods issue (receipts and cases have their own actions). */
export const postingReverseSchema = z.object({
  postingId: id,
  date: isoDate,
  reason: requiredText(500),
  overrideReason: nullableText(500),
});

export const ledgerQuerySchema = z
  .object({
    from: isoDate,
    to: isoDate,
    asset: z.enum(['cash', 'goods']).default('cash'),
    /** One pot (PotKey), or null for the whole fund. */
    pot: z.string().max(200).nullable().default(null),
  })
  .refine((q) => q.to >= q.from, { error: 'validation.periodOrder', path: ['to'] });

/** What a case or campaign can be paid from on a day. */
export const availabilityQuerySchema = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('support'), id }),
    z.object({ kind: z.literal('campaign'), id }),
  ]),
  on: isoDate,
});

export const periodCloseSchema = z.object({
  /** "2026-10" closes October 2026; "2026" closes the year. */
  period: z.string().regex(periodPattern, { error: 'validation.period' }),
});

// ── Reports ───────────────────────────────────────────────────────────────────────────────

export const fundPeriodSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.to >= q.from, { error: 'validation.periodOrder', path: ['to'] });

export type DonorInput = z.input<typeof donorInputSchema>;
export type ReceiptInput = z.input<typeof receiptInputSchema>;
export type SupportProposalInput = z.input<typeof supportProposalSchema>;
export type SupportCompleteInput = z.input<typeof supportCompleteSchema>;
export type FundPeriod = z.output<typeof fundPeriodSchema>;
export type LedgerQuery = z.output<typeof ledgerQuerySchema>;
