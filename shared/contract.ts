import { z } from 'zod';
import type { ChannelName } from './channels';
import type { Result } from './errors';
import { noInput } from './schemas/common';
import { officeSetupSchema, type OfficeProfile } from './schemas/office';
import { languageSchema, type Preferences } from './schemas/preferences';
import type { Commune, LegacyDistrict, LegacyWard, OfficeUnit, Province } from './units';
import {
  childCloseSchema,
  childCreateSchema,
  childListQuerySchema,
  childUpdateSchema,
  duplicateQuerySchema,
  membershipEndSchema,
  membershipInputSchema,
  reviewQuerySchema,
  visitInputSchema,
} from './schemas/children';
import { importCommitSchema, importPreviewSchema, type ImportPreview, type ImportResult } from './schemas/import';
import { fileOutputSchema, printPdfSchema } from './schemas/files';
import { circumstanceSaveSchema } from './schemas/circumstances';
import {
  campaignInputSchema,
  campaignUpdateSchema,
  deliveryAllSchema,
  deliveryMarkSchema,
  recipientAddSchema,
  recipientGiftSchema,
  recipientQuerySchema,
  recipientRemoveSchema,
  rosterQuerySchema,
  selectionSchema,
} from './schemas/gifts';
import type {
  CampaignDetail,
  CampaignListRow,
  CampaignSummary,
  ChildGift,
  GiftChange,
  RecipientRow,
  Roster,
  SelectionPreview,
} from './gifts';
import {
  attachmentAddSchema,
  availabilityQuerySchema,
  campaignPaymentSchema,
  donorInputSchema,
  donorQuerySchema,
  donorUpdateSchema,
  followUpSchema,
  fundPeriodSchema,
  goodsIssueSchema,
  ledgerQuerySchema,
  periodCloseSchema,
  postingReverseSchema,
  receiptCancelSchema,
  receiptInputSchema,
  receiptQuerySchema,
  supportApproveSchema,
  supportCloseSchema,
  supportCompleteSchema,
  supportProposalSchema,
  supportProposalUpdateSchema,
  supportQuerySchema,
  supportReopenSchema,
} from './schemas/fund';
import type {
  Availability,
  ChildFundSupport,
  ChildTimesReport,
  ClosedPeriod,
  Donor,
  FundOverview,
  FundStatement,
  Ledger,
  OpenedAttachment,
  PostingRef,
  Receipt,
  SupportDetail,
  SupportListRow,
  TransparencyReport,
} from './fund';
import {
  childFriendlyCriteriaSchema,
  childFriendlyScoreInputSchema,
  coverageQuerySchema,
  floodPointInputSchema,
  floodPointUpdateSchema,
  modelTypeInputSchema,
  modelTypeUpdateSchema,
  rolloutInputSchema,
  rolloutQuerySchema,
  safeHomeAssessmentInputSchema,
  safeHomeAssessmentUpdateSchema,
  safeHomeCriteriaSchema,
  safeHomeQuerySchema,
  targetInputSchema,
  yearQuerySchema,
} from './schemas/models';
import type {
  ChildFriendlyScore,
  Coverage,
  FloodCostReport,
  FloodPoint,
  ModelTarget,
  ModelType,
  Rollout,
  RolloutChange,
  SafeHomeAssessment,
  SafeHomeCriterion,
  SafeHomeRollupRow,
} from './models';
import type {
  ChildDetail,
  ChildListPage,
  ChildListRow,
  CircumstanceOption,
  DuplicateCandidate,
  FileOutput,
  ReviewReport,
} from './register';

/** A phantom value that carries a channel's output type; it is never read at run time. */
import {
  dryRunSchema,
  exchangeFileSchema,
  exchangeSettingsSchema,
  exportInputSchema,
  passphraseSetSchema,
  provinceReportQuerySchema,
  stagedSummarySchema,
} from './schemas/exchange';
import type {
  ApplyResult,
  DryRun,
  ExchangeOverview,
  ExportResult,
  ImportLogRow,
  ProvinceReport,
  ReceiptImportResult,
  SourceOffice,
  StagedPackage,
} from './exchange';

const returns = <T>() => undefined as unknown as T;

export interface AppInfo {
  version: string;
  runtime: 'electron' | 'browser';
  unitsVersion: string;
}

const provinceCode = z.object({ provinceCode: z.string().regex(/^\d{2}$/) });
const byId = z.object({ id: z.string().min(1).max(100) });

/**
 * The IPC contract: each channel's input schema (parsed in main) and output type.
 * The renderer's api and main's handler table are both derived from this object.
 */
export const contract = {
  'app.info': { input: noInput, output: returns<AppInfo>() },
  'preferences.get': { input: noInput, output: returns<Preferences>() },
  'preferences.setLanguage': { input: languageSchema, output: returns<Preferences>() },
  'units.provinces': { input: noInput, output: returns<Province[]>() },
  'units.communes': { input: provinceCode, output: returns<Commune[]>() },
  'units.legacyDistricts': { input: provinceCode, output: returns<LegacyDistrict[]>() },
  'units.legacyWards': {
    input: z.object({ districtId: z.string().min(1).max(200) }),
    output: returns<LegacyWard[]>(),
  },
  'office.get': { input: noInput, output: returns<OfficeProfile | null>() },
  'office.save': { input: officeSetupSchema, output: returns<OfficeProfile>() },
  'office.units': { input: noInput, output: returns<OfficeUnit[]>() },
  'codes.circumstances': { input: noInput, output: returns<CircumstanceOption[]>() },
  'codes.saveCircumstance': { input: circumstanceSaveSchema, output: returns<CircumstanceOption[]>() },
  'children.list': { input: childListQuerySchema, output: returns<ChildListPage>() },
  'children.get': { input: byId, output: returns<ChildDetail>() },
  'children.create': { input: childCreateSchema, output: returns<ChildDetail>() },
  'children.update': { input: childUpdateSchema, output: returns<ChildDetail>() },
  'children.close': { input: childCloseSchema, output: returns<ChildDetail>() },
  'children.reopen': { input: byId, output: returns<ChildDetail>() },
  'children.findDuplicates': { input: duplicateQuerySchema, output: returns<DuplicateCandidate[]>() },
  'memberships.add': { input: membershipInputSchema.extend({ childId: z.string().min(1) }), output: returns<ChildDetail>() },
  'memberships.end': { input: membershipEndSchema, output: returns<ChildDetail>() },
  'visits.add': { input: visitInputSchema, output: returns<ChildDetail>() },
  'visits.update': { input: visitInputSchema.extend({ id: z.string().min(1) }), output: returns<ChildDetail>() },
  'visits.delete': { input: byId, output: returns<ChildDetail>() },
  'register.review': { input: reviewQuerySchema, output: returns<ReviewReport>() },
  'register.reviewChildren': {
    input: z.object({
      from: z.string(),
      to: z.string(),
      dimension: z.enum(['group', 'unit', 'total']),
      key: z.string().max(200),
      measure: z.enum(['start', 'increases', 'decreases', 'end']),
    }),
    output: returns<ChildListRow[]>(),
  },
  'register.reviewExcel': { input: reviewQuerySchema, output: returns<FileOutput>() },
  'import.preview': { input: importPreviewSchema, output: returns<ImportPreview>() },
  'import.commit': { input: importCommitSchema, output: returns<ImportResult>() },
  'gifts.campaigns': { input: noInput, output: returns<CampaignListRow[]>() },
  'gifts.campaign': { input: byId, output: returns<CampaignDetail>() },
  'gifts.createCampaign': { input: campaignInputSchema, output: returns<CampaignDetail>() },
  'gifts.updateCampaign': { input: campaignUpdateSchema, output: returns<CampaignDetail>() },
  'gifts.deleteCampaign': { input: byId, output: returns<{ deleted: true }>() },
  'gifts.freeze': { input: byId, output: returns<CampaignDetail>() },
  'gifts.previewSelection': { input: selectionSchema, output: returns<SelectionPreview>() },
  'gifts.applySelection': { input: selectionSchema, output: returns<CampaignDetail>() },
  'gifts.recipients': { input: recipientQuerySchema, output: returns<RecipientRow[]>() },
  'gifts.addRecipient': { input: recipientAddSchema, output: returns<RecipientRow>() },
  'gifts.removeRecipient': { input: recipientRemoveSchema, output: returns<RecipientRow>() },
  'gifts.restoreRecipient': { input: recipientRemoveSchema, output: returns<RecipientRow>() },
  'gifts.setRecipientGift': { input: recipientGiftSchema, output: returns<RecipientRow>() },
  'gifts.changes': { input: byId, output: returns<GiftChange[]>() },
  'gifts.markDelivery': { input: deliveryMarkSchema, output: returns<{ updated: number }>() },
  'gifts.markAllReceived': { input: deliveryAllSchema, output: returns<{ updated: number }>() },
  'gifts.summary': { input: byId, output: returns<CampaignSummary>() },
  'gifts.roster': { input: rosterQuerySchema, output: returns<Roster>() },
  'gifts.rosterExcel': { input: rosterQuerySchema, output: returns<FileOutput>() },
  'children.gifts': { input: byId, output: returns<ChildGift[]>() },
  'fund.donors': { input: donorQuerySchema, output: returns<Donor[]>() },
  'fund.createDonor': { input: donorInputSchema, output: returns<Donor>() },
  'fund.updateDonor': { input: donorUpdateSchema, output: returns<Donor>() },
  'fund.receipts': { input: receiptQuerySchema, output: returns<Receipt[]>() },
  'fund.nextReceiptNo': { input: z.object({ year: z.number().int().min(2000).max(2100) }), output: returns<{ receiptNo: string }>() },
  'fund.createReceipt': { input: receiptInputSchema, output: returns<Receipt>() },
  'fund.cancelReceipt': { input: receiptCancelSchema, output: returns<Receipt>() },
  'fund.overview': { input: noInput, output: returns<FundOverview>() },
  'fund.ledger': { input: ledgerQuerySchema, output: returns<Ledger>() },
  'fund.available': { input: availabilityQuerySchema, output: returns<Availability>() },
  'fund.payCampaign': { input: campaignPaymentSchema, output: returns<PostingRef>() },
  'fund.issueGoods': { input: goodsIssueSchema, output: returns<PostingRef>() },
  'fund.reversePosting': { input: postingReverseSchema, output: returns<PostingRef>() },
  'fund.closePeriod': { input: periodCloseSchema, output: returns<ClosedPeriod[]>() },
  'fund.supports': { input: supportQuerySchema, output: returns<SupportListRow[]>() },
  'fund.support': { input: byId, output: returns<SupportDetail>() },
  'fund.proposeSupport': { input: supportProposalSchema, output: returns<SupportDetail>() },
  'fund.updateProposal': { input: supportProposalUpdateSchema, output: returns<SupportDetail>() },
  'fund.approveSupport': { input: supportApproveSchema, output: returns<SupportDetail>() },
  'fund.completeSupport': { input: supportCompleteSchema, output: returns<SupportDetail>() },
  'fund.reopenSupport': { input: supportReopenSchema, output: returns<SupportDetail>() },
  'fund.rejectSupport': { input: supportCloseSchema, output: returns<SupportDetail>() },
  'fund.cancelSupport': { input: supportCloseSchema, output: returns<SupportDetail>() },
  'fund.addFollowUp': { input: followUpSchema, output: returns<SupportDetail>() },
  'fund.addAttachment': { input: attachmentAddSchema, output: returns<SupportDetail>() },
  'fund.removeAttachment': { input: byId, output: returns<SupportDetail>() },
  'fund.openAttachment': { input: byId, output: returns<OpenedAttachment>() },
  'fund.statement': { input: fundPeriodSchema, output: returns<FundStatement>() },
  'fund.statementExcel': { input: fundPeriodSchema, output: returns<FileOutput>() },
  'fund.childTimes': { input: fundPeriodSchema, output: returns<ChildTimesReport>() },
  'fund.childTimesExcel': { input: fundPeriodSchema, output: returns<FileOutput>() },
  'fund.transparency': { input: fundPeriodSchema, output: returns<TransparencyReport>() },
  'fund.transparencyExcel': { input: fundPeriodSchema, output: returns<FileOutput>() },
  'children.fundSupport': { input: byId, output: returns<ChildFundSupport>() },
  'models.types': { input: noInput, output: returns<ModelType[]>() },
  'models.createType': { input: modelTypeInputSchema, output: returns<ModelType[]>() },
  'models.updateType': { input: modelTypeUpdateSchema, output: returns<ModelType[]>() },
  'models.rollouts': { input: rolloutQuerySchema, output: returns<Rollout[]>() },
  'models.saveRollout': { input: rolloutInputSchema, output: returns<Rollout>() },
  'models.rolloutHistory': { input: byId, output: returns<RolloutChange[]>() },
  'models.targets': { input: yearQuerySchema, output: returns<ModelTarget[]>() },
  'models.saveTarget': { input: targetInputSchema, output: returns<ModelTarget[]>() },
  'models.safeHomeCriteria': { input: noInput, output: returns<SafeHomeCriterion[]>() },
  'models.saveSafeHomeCriteria': { input: safeHomeCriteriaSchema, output: returns<SafeHomeCriterion[]>() },
  'models.safeHomeAssessments': { input: safeHomeQuerySchema, output: returns<SafeHomeAssessment[]>() },
  'models.createSafeHomeAssessment': { input: safeHomeAssessmentInputSchema, output: returns<SafeHomeAssessment>() },
  'models.updateSafeHomeAssessment': { input: safeHomeAssessmentUpdateSchema, output: returns<SafeHomeAssessment>() },
  'models.deleteSafeHomeAssessment': { input: byId, output: returns<{ deleted: true }>() },
  'models.safeHomeRollup': { input: yearQuerySchema, output: returns<SafeHomeRollupRow[]>() },
  'models.childFriendlyCriteria': { input: noInput, output: returns<string[]>() },
  'models.saveChildFriendlyCriteria': { input: childFriendlyCriteriaSchema, output: returns<string[]>() },
  'models.childFriendlyScores': { input: yearQuerySchema, output: returns<ChildFriendlyScore[]>() },
  'models.saveChildFriendlyScore': { input: childFriendlyScoreInputSchema, output: returns<ChildFriendlyScore>() },
  'models.createFloodPoint': { input: floodPointInputSchema, output: returns<FloodPoint>() },
  'models.updateFloodPoint': { input: floodPointUpdateSchema, output: returns<FloodPoint>() },
  'models.deleteFloodPoint': { input: byId, output: returns<{ deleted: true }>() },
  'models.floodCostReport': { input: yearQuerySchema, output: returns<FloodCostReport>() },
  'models.floodCostExcel': { input: yearQuerySchema, output: returns<FileOutput>() },
  'models.coverage': { input: coverageQuerySchema, output: returns<Coverage>() },
  'models.coverageExcel': { input: coverageQuerySchema, output: returns<FileOutput>() },
  'exchange.overview': { input: noInput, output: returns<ExchangeOverview>() },
  'exchange.saveSettings': { input: exchangeSettingsSchema, output: returns<ExchangeOverview>() },
  'exchange.setPassphrase': { input: passphraseSetSchema, output: returns<ExchangeOverview>() },
  'exchange.export': { input: exportInputSchema, output: returns<ExportResult>() },
  'exchange.exportFile': { input: byId, output: returns<FileOutput>() },
  'exchange.importReceipt': { input: exchangeFileSchema, output: returns<ReceiptImportResult>() },
  'exchange.stage': { input: exchangeFileSchema, output: returns<StagedPackage>() },
  'exchange.unstage': { input: z.object({ token: z.string().min(1).max(100) }), output: returns<{ removed: boolean }>() },
  'exchange.dryRun': { input: dryRunSchema, output: returns<DryRun>() },
  'exchange.apply': { input: dryRunSchema, output: returns<ApplyResult>() },
  'exchange.stagedSummary': { input: stagedSummarySchema, output: returns<FileOutput>() },
  'exchange.sources': { input: noInput, output: returns<SourceOffice[]>() },
  /** Province mode: drops an office's data from the consolidation (e.g. a reinstalled office counted twice); the import log keeps its history. */
  'exchange.removeSource': { input: z.object({ officeId: z.string().min(1).max(100) }), output: returns<SourceOffice[]>() },
  'exchange.imports': { input: noInput, output: returns<ImportLogRow[]>() },
  'exchange.receipt': { input: byId, output: returns<FileOutput>() },
  'exchange.provinceReport': { input: provinceReportQuerySchema, output: returns<ProvinceReport>() },
  'exchange.provinceReportExcel': { input: provinceReportQuerySchema, output: returns<FileOutput>() },
  'files.save': { input: fileOutputSchema, output: returns<{ saved: boolean }>() },
  'print.pdf': { input: printPdfSchema, output: returns<{ saved: boolean }>() },
} satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

type Contract = typeof contract;

// Both lists must name the same channels: this fails to compile if contract.ts has extra ones.
const _sameChannels: Record<keyof Contract, true> = {} as Record<ChannelName, true>;
void _sameChannels;

export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = Contract[C]['output'];
export type Answer<C extends ChannelName> = Result<Output<C>>;
