import { toIsoDate } from '../../shared/format/date';
import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';
import { getOffice } from '../services/office';
import {
  createCampaign,
  deleteCampaign,
  freezeCampaign,
  getCampaign,
  listCampaigns,
  updateCampaign,
} from '../services/gifts/campaigns';
import { childGifts } from '../services/gifts/child-gifts';
import { markAllReceived, markDelivery } from '../services/gifts/delivery';
import {
  addRecipient,
  listChanges,
  listRecipients,
  removeRecipient,
  restoreRecipient,
  setRecipientGift,
} from '../services/gifts/recipients';
import { giftRoster } from '../services/gifts/roster';
import { rosterWorkbook } from '../services/gifts/roster-workbook';
import { applySelection, previewSelection } from '../services/gifts/selection';
import { campaignSummary } from '../services/gifts/summary';

// Holiday gift visits: main/services/gifts/.
export const giftHandlers: HandlersFor<
  | 'gifts.campaigns'
  | 'gifts.campaign'
  | 'gifts.createCampaign'
  | 'gifts.updateCampaign'
  | 'gifts.deleteCampaign'
  | 'gifts.freeze'
  | 'gifts.previewSelection'
  | 'gifts.applySelection'
  | 'gifts.recipients'
  | 'gifts.addRecipient'
  | 'gifts.removeRecipient'
  | 'gifts.restoreRecipient'
  | 'gifts.setRecipientGift'
  | 'gifts.changes'
  | 'gifts.markDelivery'
  | 'gifts.markAllReceived'
  | 'gifts.summary'
  | 'gifts.roster'
  | 'gifts.rosterExcel'
  | 'children.gifts'
> = {
  'gifts.campaigns': ({ db }) => listCampaigns(db),
  'gifts.campaign': ({ db }, { id }) => getCampaign(db, id),
  'gifts.createCampaign': ({ db, clock }, input) => createCampaign(db, clock, input),
  'gifts.updateCampaign': ({ db, clock }, input) => updateCampaign(db, clock, input),
  'gifts.deleteCampaign': ({ db, clock }, { id }) => deleteCampaign(db, clock, id),
  'gifts.freeze': ({ db, clock }, { id }) => freezeCampaign(db, clock, id),
  'gifts.previewSelection': ({ db, units }, input) => previewSelection(db, units, input),
  'gifts.applySelection': ({ db, units, clock }, input) => applySelection(db, units, clock, input),
  'gifts.recipients': ({ db, units }, query) => listRecipients(db, units, query),
  'gifts.addRecipient': ({ db, units, clock }, input) => addRecipient(db, units, clock, input),
  'gifts.removeRecipient': ({ db, units, clock }, input) => removeRecipient(db, units, clock, input),
  'gifts.restoreRecipient': ({ db, units, clock }, input) => restoreRecipient(db, units, clock, input),
  'gifts.setRecipientGift': ({ db, units, clock }, input) => setRecipientGift(db, units, clock, input),
  'gifts.changes': ({ db, units }, { id }) => listChanges(db, units, id),
  'gifts.markDelivery': ({ db, clock }, input) => markDelivery(db, clock, input),
  'gifts.markAllReceived': ({ db, clock }, input) => markAllReceived(db, clock, input),
  'gifts.summary': ({ db, units }, { id }) => campaignSummary(db, units, id),
  'gifts.roster': ({ db, units }, query) => giftRoster(db, units, query),
  'gifts.rosterExcel': async ({ db, units, clock }, query) => {
    const office = await getOffice(db);
    if (!office) throw new AppFailure('errors.officeNotSetUp');
    return rosterWorkbook(db, units, office, query, toIsoDate(clock.now()));
  },
  'children.gifts': ({ db }, { id }) => childGifts(db, id),
};
