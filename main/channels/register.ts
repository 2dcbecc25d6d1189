import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

const notYet = (): never => {
  throw new AppFailure('errors.notSupported');
};

// The register of children: filled in by main/services/children*.ts.
export const registerHandlers: HandlersFor<
  | 'codes.circumstances'
  | 'children.list'
  | 'children.get'
  | 'children.create'
  | 'children.update'
  | 'children.close'
  | 'children.reopen'
  | 'children.findDuplicates'
  | 'memberships.add'
  | 'memberships.end'
  | 'visits.add'
  | 'visits.update'
  | 'visits.delete'
> = {
  'codes.circumstances': notYet,
  'children.list': notYet,
  'children.get': notYet,
  'children.create': notYet,
  'children.update': notYet,
  'children.close': notYet,
  'children.reopen': notYet,
  'children.findDuplicates': notYet,
  'memberships.add': notYet,
  'memberships.end': notYet,
  'visits.add': notYet,
  'visits.update': notYet,
  'visits.delete': notYet,
};
