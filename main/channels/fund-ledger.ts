import type { HandlersFor } from '../handler-types';
import { fundAvailable } from '../services/fund/availability';
import { issueGoods, payCampaign, reverseCampaignPosting } from '../services/fund/campaign-payments';
import { createDonor, listDonors, updateDonor } from '../services/fund/donors';
import { fundLedger } from '../services/fund/ledger-view';
import { fundOverview } from '../services/fund/overview';
import { closePeriod } from '../services/fund/periods';
import { cancelReceipt, createReceipt, listReceipts, nextReceiptNo } from '../services/fund/receipts';

// Donors, receipts, the ledger, campaign payments and goods, closed periods: main/services/fund/ (ledger side).
export const fundLedgerHandlers: HandlersFor<
  | 'fund.donors'
  | 'fund.createDonor'
  | 'fund.updateDonor'
  | 'fund.receipts'
  | 'fund.nextReceiptNo'
  | 'fund.createReceipt'
  | 'fund.cancelReceipt'
  | 'fund.overview'
  | 'fund.ledger'
  | 'fund.available'
  | 'fund.payCampaign'
  | 'fund.issueGoods'
  | 'fund.reversePosting'
  | 'fund.closePeriod'
> = {
  'fund.donors': ({ db }, query) => listDonors(db, query),
  'fund.createDonor': ({ db, clock }, input) => createDonor(db, clock, input),
  'fund.updateDonor': ({ db, clock }, input) => updateDonor(db, clock, input),
  'fund.receipts': ({ db, units }, query) => listReceipts(db, units, query),
  'fund.nextReceiptNo': ({ db }, { year }) => nextReceiptNo(db, year),
  'fund.createReceipt': ({ db, units, clock }, input) => createReceipt(db, units, clock, input),
  'fund.cancelReceipt': ({ db, units, clock }, input) => cancelReceipt(db, units, clock, input),
  'fund.overview': ({ db, units }) => fundOverview(db, units),
  'fund.ledger': ({ db, units }, query) => fundLedger(db, units, query),
  'fund.available': ({ db, units }, query) => fundAvailable(db, units, query),
  'fund.payCampaign': ({ db, clock }, input) => payCampaign(db, clock, input),
  'fund.issueGoods': ({ db, clock }, input) => issueGoods(db, clock, input),
  'fund.reversePosting': ({ db, clock }, input) => reverseCampaignPosting(db, clock, input),
  'fund.closePeriod': ({ db, clock }, input) => closePeriod(db, clock, input),
};
