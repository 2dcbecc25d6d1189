import { toIsoDate } from '../../shared/format/date';
import type { HandlersFor } from '../handler-types';
import {
  addMembership,
  addVisit,
  closeChild,
  createChild,
  deleteVisit,
  endMembership,
  findDuplicates,
  getChild,
  listChildren,
  listCircumstances,
  reopenChild,
  updateChild,
  updateVisit,
} from '../services/children';

// The register of children: main/services/children/.
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
  'codes.circumstances': (ctx) => listCircumstances(ctx.db),
  // "Today" is the office's local calendar day, for ages and open memberships.
  'children.list': (ctx, input) => listChildren(ctx.db, ctx.units, input, toIsoDate(ctx.clock.now())),
  'children.get': (ctx, input) => getChild(ctx.db, ctx.units, input.id),
  'children.create': (ctx, input) => createChild(ctx.db, ctx.units, ctx.clock, input),
  'children.update': (ctx, input) => updateChild(ctx.db, ctx.units, ctx.clock, input),
  'children.close': (ctx, input) => closeChild(ctx.db, ctx.units, ctx.clock, input),
  'children.reopen': (ctx, input) => reopenChild(ctx.db, ctx.units, ctx.clock, input.id),
  'children.findDuplicates': (ctx, input) => findDuplicates(ctx.db, ctx.units, input),
  'memberships.add': (ctx, { childId, ...membership }) => addMembership(ctx.db, ctx.units, ctx.clock, childId, membership),
  'memberships.end': (ctx, input) => endMembership(ctx.db, ctx.units, ctx.clock, input),
  'visits.add': (ctx, input) => addVisit(ctx.db, ctx.units, ctx.clock, input),
  'visits.update': (ctx, input) => updateVisit(ctx.db, ctx.units, ctx.clock, input),
  'visits.delete': (ctx, input) => deleteVisit(ctx.db, ctx.units, ctx.clock, input.id),
};
