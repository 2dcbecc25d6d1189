import type { HandlersFor } from '../handler-types';
import { addAttachment, openAttachment, removeAttachment } from '../services/fund/attachments';
import { childFundSupport } from '../services/fund/child-support';
import { getSupport, listSupports, proposeSupport, updateProposal } from '../services/fund/supports';
import {
  addFollowUp,
  approveSupport,
  cancelSupport,
  completeSupport,
  rejectSupport,
  reopenSupport,
} from '../services/fund/support-workflow';

// Support for a child: the case workflow and its attachments: main/services/fund/ (support side).
export const fundSupportHandlers: HandlersFor<
  | 'fund.supports'
  | 'fund.support'
  | 'fund.proposeSupport'
  | 'fund.updateProposal'
  | 'fund.approveSupport'
  | 'fund.completeSupport'
  | 'fund.reopenSupport'
  | 'fund.rejectSupport'
  | 'fund.cancelSupport'
  | 'fund.addFollowUp'
  | 'fund.addAttachment'
  | 'fund.removeAttachment'
  | 'fund.openAttachment'
  | 'children.fundSupport'
> = {
  'fund.supports': ({ db, units }, query) => listSupports(db, units, query),
  'fund.support': ({ db, units }, { id }) => getSupport(db, units, id),
  'fund.proposeSupport': ({ db, units, clock }, input) => proposeSupport(db, units, clock, input),
  'fund.updateProposal': ({ db, units, clock }, input) => updateProposal(db, units, clock, input),
  'fund.approveSupport': ({ db, units, clock }, input) => approveSupport(db, units, clock, input),
  'fund.completeSupport': ({ db, units, clock }, input) => completeSupport(db, units, clock, input),
  'fund.reopenSupport': ({ db, units, clock }, input) => reopenSupport(db, units, clock, input),
  'fund.rejectSupport': ({ db, units, clock }, input) => rejectSupport(db, units, clock, input),
  'fund.cancelSupport': ({ db, units, clock }, input) => cancelSupport(db, units, clock, input),
  'fund.addFollowUp': ({ db, units, clock }, input) => addFollowUp(db, units, clock, input),
  'fund.addAttachment': ({ db, units, clock, attachments }, input) => addAttachment(db, units, clock, attachments, input),
  'fund.removeAttachment': ({ db, units, clock, attachments }, { id }) => removeAttachment(db, units, clock, attachments, id),
  'fund.openAttachment': ({ db, attachments, platform }, { id }) => openAttachment(db, attachments, platform, id),
  'children.fundSupport': ({ db, units }, { id }) => childFundSupport(db, units, id),
};
