import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../failure';
import { addMembership, closeChild, createChild, endMembership, getChild, insertChildren, reopenChild } from './index';
import { childInput, registerContext, type RegisterContext } from './test-support';

let t: RegisterContext;
beforeEach(async () => {
  t = await registerContext();
});
afterEach(() => t.close());

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

const group = (code: string, startDate = '2024-01-10') => ({ kind: 'group' as const, code, subgroupCode: null, startDate, note: null });
const atRisk = (code: string, startDate = '2024-01-10') => ({ kind: 'atRisk' as const, code, subgroupCode: null, startDate, note: null });

describe('memberships and status', () => {
  it('keeps a child in several groups at once', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ memberships: [group('a'), group('d'), atRisk('r4')] }));
    expect(child.memberships.map((m) => m.code)).toEqual(['a', 'd', 'r4']);
    const added = await addMembership(t.db, t.units, t.clock, child.id, { ...group('n', '2025-03-01'), subgroupCode: null });
    expect(added.memberships.map((m) => [m.code, m.endDate])).toEqual([['a', null], ['d', null], ['r4', null], ['n', null]]);
    expect(added.status).toBe('active');
  });

  it('moves between active and at-risk as group memberships end and start', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ memberships: [group('d'), atRisk('r1')] }));
    const groupId = child.memberships[0]?.id ?? '';
    const ended = await endMembership(t.db, t.units, t.clock, { id: groupId, endDate: '2026-10-01', endReason: 'circumstanceEnded' });
    expect(ended.status).toBe('atRisk');
    expect(ended.memberships[0]).toMatchObject({ code: 'd', endDate: '2026-10-01', endReason: 'circumstanceEnded' });
    const back = await addMembership(t.db, t.units, t.clock, child.id, group('d', '2026-11-01'));
    expect(back.status).toBe('active');
    const riskId = back.memberships.find((m) => m.code === 'r1')?.id ?? '';
    expect((await endMembership(t.db, t.units, t.clock, { id: riskId, endDate: '2026-11-20', endReason: 'circumstanceEnded' })).status).toBe('active');
  });

  it('refuses to end a membership twice, before it started, or one that does not exist', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ memberships: [group('a', '2024-05-01'), atRisk('r2')] }));
    const id = child.memberships.find((m) => m.code === 'a')?.id ?? '';
    expect(await refusal(endMembership(t.db, t.units, t.clock, { id, endDate: '2024-04-30', endReason: 'other' }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'endDate', message: 'validation.periodOrder' }],
    });
    await endMembership(t.db, t.units, t.clock, { id, endDate: '2024-05-01', endReason: 'other' });
    expect((await refusal(endMembership(t.db, t.units, t.clock, { id, endDate: '2025-01-01', endReason: 'other' }))).code).toBe('errors.membershipClosed');
    expect((await refusal(endMembership(t.db, t.units, t.clock, { id: 'nothing', endDate: '2025-01-01', endReason: 'other' }))).code).toBe('errors.notFound');
  });

  it('refuses dates after today: a start, an end, a leaving', async () => {
    // Today is 22/11/2026 on the test clock; so an open membership is one that is open today.
    const future = childInput({ memberships: [group('a', '2026-11-23')] });
    expect(await refusal(createChild(t.db, t.units, t.clock, future))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'memberships.0.startDate', message: 'validation.date' }],
    });
    const child = await createChild(t.db, t.units, t.clock, childInput({ memberships: [group('a', '2026-11-22')] }));
    const id = child.memberships[0]?.id ?? '';
    expect(await refusal(endMembership(t.db, t.units, t.clock, { id, endDate: '2026-11-23', endReason: 'other' }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'endDate', message: 'validation.date' }],
    });
    expect((await getChild(t.db, t.units, child.id)).memberships[0]?.endDate).toBeNull();
  });

  it('refuses a second open membership of the same group, and bad codes', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ memberships: [group('a')] }));
    expect(await refusal(addMembership(t.db, t.units, t.clock, child.id, group('a', '2025-01-01')))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'code', message: 'validation.invalid' }],
    });
    expect((await refusal(addMembership(t.db, t.units, t.clock, child.id, { ...group('b'), subgroupCode: 'c1' }))).code).toBe('errors.invalidInput');
    await expect(addMembership(t.db, t.units, t.clock, child.id, { ...group('b'), subgroupCode: 'b2' })).resolves.toMatchObject({ status: 'active' });
    // A sub-group the office stopped using is no longer offered for new memberships.
    await t.db.updateTable('circumstance_option').set({ active: 0 }).where('code', '=', 'b1').execute();
    expect(await refusal(addMembership(t.db, t.units, t.clock, child.id, { ...group('b'), subgroupCode: 'b1' }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'subgroupCode', message: 'validation.invalid' }],
    });
    expect((await refusal(addMembership(t.db, t.units, t.clock, 'nobody', group('c')))).code).toBe('errors.notFound');
  });

  it('closes a child at 16: every open membership ends that day with "turned16", the record stays', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ birthDate: '2010-11-20', memberships: [group('a'), group('d'), atRisk('r3')] }));
    await endMembership(t.db, t.units, t.clock, { id: child.memberships[1]?.id ?? '', endDate: '2025-01-01', endReason: 'circumstanceEnded' });
    const closed = await closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'turned16', date: '2026-11-20', note: 'Đủ 16 tuổi' });
    expect(closed).toMatchObject({ status: 'left', leftReason: 'turned16', leftDate: '2026-11-20', leftNote: 'Đủ 16 tuổi' });
    expect(closed.memberships.map((m) => [m.code, m.endDate, m.endReason])).toEqual([
      ['a', '2026-11-20', 'turned16'],
      ['d', '2025-01-01', 'circumstanceEnded'],
      ['r3', '2026-11-20', 'turned16'],
    ]);
    expect((await refusal(closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'other', date: '2026-11-21', note: null }))).code).toBe('errors.childLeft');
    expect((await refusal(addMembership(t.db, t.units, t.clock, child.id, group('c', '2026-11-21')))).code).toBe('errors.childLeft');
  });

  it('refuses to close before an open membership started', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ memberships: [group('a', '2026-06-01')] }));
    expect(await refusal(closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'movedAway', date: '2026-05-31', note: null }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'date', message: 'validation.leaveBeforeStart' }],
    });
    expect((await getChild(t.db, t.units, child.id)).status).toBe('active');
  });

  it('refuses, with a field issue, to close at 16 a record of older data whose membership started after the 16th birthday', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ birthDate: '2010-03-01', memberships: [group('a', '2024-01-10')] }));
    // Written before the rule existed: a membership that starts after the child turned 16.
    await t.db.updateTable('membership').set({ start_date: '2026-04-01' }).where('child_id', '=', child.id).execute();
    expect(await refusal(closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'turned16', date: '2026-03-01', note: null }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'date', message: 'validation.leaveBeforeStart' }],
    });
    const after = await getChild(t.db, t.units, child.id);
    expect(after).toMatchObject({ status: 'active', leftDate: null });
    expect(after.memberships.map((m) => m.endDate)).toEqual([null]);
  });

  it('records "left, then came back": reopen keeps the ended memberships, a new one makes the child active again', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ memberships: [group('b', '2023-02-01')] }));
    await closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'movedAway', date: '2025-08-31', note: null });
    const reopened = await reopenChild(t.db, t.units, t.clock, child.id);
    expect(reopened).toMatchObject({ status: 'atRisk', leftReason: null, leftDate: null, leftNote: null });
    expect(reopened.memberships.map((m) => [m.code, m.startDate, m.endDate, m.endReason])).toEqual([['b', '2023-02-01', '2025-08-31', 'movedAway']]);
    const rejoined = await addMembership(t.db, t.units, t.clock, child.id, group('b', '2026-09-01'));
    expect(rejoined.status).toBe('active');
    expect(rejoined.memberships.map((m) => [m.code, m.startDate, m.endDate])).toEqual([
      ['b', '2023-02-01', '2025-08-31'],
      ['b', '2026-09-01', null],
    ]);
    // Reopening an open record changes nothing.
    expect((await reopenChild(t.db, t.units, t.clock, child.id)).status).toBe('active');
  });

  it('writes an audit entry for each change, by id', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput());
    await addMembership(t.db, t.units, t.clock, child.id, atRisk('r2'));
    await closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'other', date: '2026-11-01', note: null });
    await reopenChild(t.db, t.units, t.clock, child.id);
    const entries = await t.db.selectFrom('audit_log').select(['action', 'entity']).where('entity', 'in', ['child', 'membership']).orderBy('id').execute();
    expect(entries).toEqual([
      { action: 'create', entity: 'child' },
      { action: 'create', entity: 'membership' },
      { action: 'update', entity: 'child' },
      { action: 'update', entity: 'child' },
    ]);
  });
});

describe('memberships start while the person is a child', () => {
  // Born 1 March 2010: the 16th birthday is 1 March 2026, before the test clock's today.
  const born = '2010-03-01';

  it('refuses a new child whose membership starts before birth or on or after the 16th birthday', async () => {
    const cases: [string, string][] = [
      ['2010-02-28', 'validation.startBeforeBirth'],
      ['2026-03-01', 'validation.startAfter16'],
      ['2026-11-22', 'validation.startAfter16'],
    ];
    for (const [startDate, message] of cases) {
      const input = childInput({ birthDate: born, memberships: [atRisk('r1', '2020-01-01'), group('a', startDate)] });
      expect(await refusal(createChild(t.db, t.units, t.clock, input))).toEqual({
        code: 'errors.invalidInput',
        details: [{ path: 'memberships.1.startDate', message }],
      });
    }
    expect(await t.db.selectFrom('child').select('id').execute()).toEqual([]);
  });

  it('accepts a start on the birth date and on the last day before the 16th birthday', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ birthDate: born, memberships: [group('a', born), group('d', '2026-02-28')] }));
    expect(child.memberships.map((m) => m.startDate)).toEqual([born, '2026-02-28']);
  });

  it('says a future start is in the future, not that the child is over 16', async () => {
    const input = childInput({ birthDate: born, memberships: [group('a', '2026-11-23')] });
    expect((await refusal(createChild(t.db, t.units, t.clock, input))).details).toEqual([{ path: 'memberships.0.startDate', message: 'validation.date' }]);
  });

  it('refuses to add a membership to an open record after the 16th birthday or before birth', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({ birthDate: born, memberships: [group('a', '2024-01-10')] }));
    expect(await refusal(addMembership(t.db, t.units, t.clock, child.id, group('d', '2026-03-01')))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'startDate', message: 'validation.startAfter16' }],
    });
    expect(await refusal(addMembership(t.db, t.units, t.clock, child.id, atRisk('r2', '2010-01-01')))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'startDate', message: 'validation.startBeforeBirth' }],
    });
    expect((await getChild(t.db, t.units, child.id)).memberships.map((m) => m.code)).toEqual(['a']);
    // Closing at 16 then ends the membership on the birthday, as the database requires.
    const closed = await closeChild(t.db, t.units, t.clock, { id: child.id, reason: 'turned16', date: '2026-03-01', note: null });
    expect(closed.memberships.map((m) => [m.code, m.endDate, m.endReason])).toEqual([['a', '2026-03-01', 'turned16']]);
  });

  it('names the refused row of a batch', async () => {
    const inputs = [childInput(), childInput({ birthDate: born, memberships: [group('a', '2026-06-01')] })];
    expect(await refusal(insertChildren(t.db, t.units, t.clock, inputs))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: '1.memberships.0.startDate', message: 'validation.startAfter16' }],
    });
  });
});
