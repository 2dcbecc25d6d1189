import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../tests/fixtures/context';
import { legacyOffice } from '../../tests/fixtures/office';
import { baseChild } from '../services/children/test-support';
import { dispatch } from '../handlers';
import { saveOffice } from '../services/office';
import type { ChildDetail } from '../../shared/register';

let t: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => {
  t = await createTestContext();
  await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
});
afterEach(async () => t.close());

/** The data of a successful answer (the test fails on a refusal). */
async function data<T>(channel: string, input: unknown): Promise<T> {
  const answer = await dispatch(t.ctx, channel, input);
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

describe('register channels', () => {
  it('take a child through the register: create, list, memberships, visits, close, reopen', async () => {
    const created = await data<ChildDetail>('children.create', { ...baseChild, fullName: 'trần  văn an', personalId: '031 215 001 234' });
    expect(created).toMatchObject({ fullName: 'Trần Văn An', personalId: '031215001234', status: 'active' });
    expect(await data('children.get', { id: created.id })).toEqual(created);
    expect(await data('children.list', { search: 'tran' })).toMatchObject({ total: 1, rows: [{ id: created.id, groupCodes: ['a'] }] });

    const withRisk = await data<ChildDetail>('memberships.add', { childId: created.id, kind: 'atRisk', code: 'r2', subgroupCode: '', startDate: '2026-01-05', note: '' });
    const groupA = withRisk.memberships.find((m) => m.code === 'a')?.id;
    expect(await data('memberships.end', { id: groupA, endDate: '2026-11-01', endReason: 'circumstanceEnded' })).toMatchObject({ status: 'atRisk' });

    const visited = await data<ChildDetail>('visits.add', { childId: created.id, visitDate: '2026-11-10', visitor: 'Vũ Minh Tuấn', health: '', schooling: '', needs: '', notes: '' });
    const visitId = visited.visits[0]?.id;
    expect(await data('visits.update', { id: visitId, childId: created.id, visitDate: '2026-11-11', visitor: 'Vũ Minh Tuấn', health: 'Tốt', schooling: '', needs: '', notes: '' })).toMatchObject({
      visits: [{ visitDate: '2026-11-11', health: 'Tốt' }],
    });
    expect(await data('visits.delete', { id: visitId })).toMatchObject({ visits: [] });

    expect(await data('children.close', { id: created.id, reason: 'movedAway', date: '2026-11-20', note: '' })).toMatchObject({ status: 'left' });
    expect(await data('children.reopen', { id: created.id })).toMatchObject({ status: 'atRisk', leftReason: null });
    expect(await data('children.update', { ...baseChild, id: created.id, fullName: 'Trần Văn Ân' })).toMatchObject({ fullName: 'Trần Văn Ân' });
  });

  it('answer refusals with their codes and the fields concerned', async () => {
    await data('children.create', { ...baseChild, personalId: '031215001234' });
    expect(await dispatch(t.ctx, 'children.create', { ...baseChild, personalId: '031215001234' })).toEqual({
      ok: false,
      error: { code: 'errors.duplicatePersonalId', details: [{ path: 'personalId', message: 'validation.personalIdTaken' }] },
    });
    expect(await dispatch(t.ctx, 'children.create', { ...baseChild, unitId: '00004' })).toEqual({
      ok: false,
      error: { code: 'errors.areaMismatch', details: [{ path: 'unitId', message: 'validation.required' }] },
    });
    expect(await dispatch(t.ctx, 'children.create', { ...baseChild, memberships: [] })).toMatchObject({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'memberships', message: 'validation.membershipRequired' }] },
    });
    expect(await dispatch(t.ctx, 'children.get', { id: 'nobody' })).toEqual({ ok: false, error: { code: 'errors.notFound' } });
  });

  it('list with today from the clock, find duplicates and give the circumstance options', async () => {
    // 8:00 UTC on 22/11/2026: 16 years after 20/02/2011 falls within the 90-day notice.
    await data('children.create', { ...baseChild, fullName: 'Lê Thị Mai', birthDate: '2011-02-20' });
    expect(await data('children.list', { turning16Soon: true })).toMatchObject({ total: 1, rows: [{ sixteenOn: '2027-02-20' }] });
    expect(await data('children.findDuplicates', { fullName: 'Le Thi Mai', birthDate: '2011-02-20' })).toMatchObject([{ fullName: 'Lê Thị Mai', reason: 'similarName' }]);
    const options = await data<{ code: string; kind: string; groupCode: string | null; active: boolean }[]>('codes.circumstances', undefined);
    expect(options).toHaveLength(16);
    expect(options[0]).toMatchObject({ code: 'a1', kind: 'subgroup', groupCode: 'a', active: true });
    expect(options.filter((o) => o.kind === 'atRisk').map((o) => o.code)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('refuse dates after today for the register\'s history', async () => {
    const created = await data<ChildDetail>('children.create', baseChild);
    expect(await dispatch(t.ctx, 'children.close', { id: created.id, reason: 'movedAway', date: '2026-11-23', note: '' })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'date', message: 'validation.date' }] },
    });
    expect(await dispatch(t.ctx, 'memberships.add', { childId: created.id, kind: 'group', code: 'd', subgroupCode: null, startDate: '2026-12-01', note: null })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'startDate', message: 'validation.date' }] },
    });
  });
});
