import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// Donors, receipts, the ledger, campaign payments and goods, closed periods: main/services/fund/ (ledger side).
const notYet = () => {
  throw new AppFailure('errors.notSupported');
};

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
  'fund.donors': notYet,
  'fund.createDonor': notYet,
  'fund.updateDonor': notYet,
  'fund.receipts': notYet,
  'fund.nextReceiptNo': notYet,
  'fund.createReceipt': notYet,
  'fund.cancelReceipt': notYet,
  'fund.overview': notYet,
  'fund.ledger': notYet,
  'fund.available': notYet,
  'fund.payCampaign': notYet,
  'fund.issueGoods': notYet,
  'fund.reversePosting': notYet,
  'fund.closePeriod': notYet,
};
