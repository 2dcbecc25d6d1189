import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// Support for a child: the case workflow and its attachments: main/services/fund/ (support side).
const notYet = () => {
  throw new AppFailure('errors.notSupported');
};

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
  'fund.supports': notYet,
  'fund.support': notYet,
  'fund.proposeSupport': notYet,
  'fund.updateProposal': notYet,
  'fund.approveSupport': notYet,
  'fund.completeSupport': notYet,
  'fund.reopenSupport': notYet,
  'fund.rejectSupport': notYet,
  'fund.cancelSupport': notYet,
  'fund.addFollowUp': notYet,
  'fund.addAttachment': notYet,
  'fund.removeAttachment': notYet,
  'fund.openAttachment': notYet,
  'children.fundSupport': notYet,
};
