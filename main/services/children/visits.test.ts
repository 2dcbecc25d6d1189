import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../failure';
import { addVisit, closeChild, createChild, deleteVisit, updateVisit } from './index';
import { childInput, registerContext, type RegisterContext } from './test-support';

let t: RegisterContext;
beforeEach(async () => {
  t = await registerContext();
});
afterEach(() => t.close());

const visit = (childId: string, visitDate: string, visitor = 'Vũ Minh Tuấn') => ({
  childId,
  visitDate,
  visitor,
  health: 'Bình thường',
  schooling: null,
  needs: 'Học bổng',
  notes: null,
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof AppFailure ? error.code : 'other error'),
  );

describe('visits', () => {
  it('adds, corrects and deletes visits, newest first', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput());
    await addVisit(t.db, t.units, t.clock, visit(child.id, '2026-03-01'));
    const two = await addVisit(t.db, t.units, t.clock, visit(child.id, '2026-09-15', 'Phạm Thị Thu Hằng'));
    expect(two.visits.map((v) => [v.visitDate, v.visitor, v.needs])).toEqual([
      ['2026-09-15', 'Phạm Thị Thu Hằng', 'Học bổng'],
      ['2026-03-01', 'Vũ Minh Tuấn', 'Học bổng'],
    ]);
    const older = two.visits[1]?.id ?? '';
    const corrected = await updateVisit(t.db, t.units, t.clock, { ...visit(child.id, '2026-10-01'), id: older, needs: null });
    expect(corrected.visits.map((v) => [v.visitDate, v.needs])).toEqual([
      ['2026-10-01', null],
      ['2026-09-15', 'Học bổng'],
    ]);
    const left = await deleteVisit(t.db, t.units, t.clock, older);
    expect(left.visits.map((v) => v.visitDate)).toEqual(['2026-09-15']);
  });

  it('refuses an unknown visit or child, and a visit of another child', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput());
    const other = await createChild(t.db, t.units, t.clock, childInput({ fullName: 'Lê Văn An' }));
    const withVisit = await addVisit(t.db, t.units, t.clock, visit(child.id, '2026-03-01'));
    const id = withVisit.visits[0]?.id ?? '';
    expect(await codeOf(addVisit(t.db, t.units, t.clock, visit('nobody', '2026-03-01')))).toBe('errors.notFound');
    expect(await codeOf(updateVisit(t.db, t.units, t.clock, { ...visit(other.id, '2026-03-02'), id }))).toBe('errors.notFound');
    expect(await codeOf(deleteVisit(t.db, t.units, t.clock, 'nothing'))).toBe('errors.notFound');
  });

  it('keeps a closed record read-only', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput());
    const withVisit = await addVisit(t.db, t.units, t.clock, visit(child.id, '2026-03-01'));
    await closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'movedAway', date: '2026-11-01', note: null });
    const id = withVisit.visits[0]?.id ?? '';
    expect(await codeOf(addVisit(t.db, t.units, t.clock, visit(child.id, '2026-11-02')))).toBe('errors.childLeft');
    expect(await codeOf(updateVisit(t.db, t.units, t.clock, { ...visit(child.id, '2026-03-02'), id }))).toBe('errors.childLeft');
    expect(await codeOf(deleteVisit(t.db, t.units, t.clock, id))).toBe('errors.childLeft');
  });
});
