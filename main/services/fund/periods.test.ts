import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundContext, refusal, type FundContext } from '../../../tests/fixtures/fund';
import { closePeriod, periodEnded } from './periods';

let t: FundContext;
beforeEach(async () => (t = await fundContext()));
afterEach(() => t.close());

const close = (period: string) => closePeriod(t.db, t.clock, { period });

describe('closePeriod', () => {
  it('closes an ended month or year and lists the closed periods, the last closed first', async () => {
    expect(await close('2025')).toEqual([{ period: '2025', closedAt: '2026-11-22T08:00:00.000Z' }]);
    t.clock.set('2026-11-22T09:00:00.000Z');
    expect((await close('2026-10')).map((c) => c.period)).toEqual(['2026-10', '2025']);
    const audit = await t.db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'fund_period_close').execute();
    expect(audit.map((a) => a.entity_id)).toEqual(['2025', '2026-10']);
  });

  it('refuses a month or year not yet ended', async () => {
    expect(await refusal(close('2026-11'))).toEqual({ code: 'errors.periodNotEnded', details: [{ path: 'period', message: 'errors.periodNotEnded' }] });
    expect(await refusal(close('2026-12'))).toMatchObject({ code: 'errors.periodNotEnded' });
    expect(await refusal(close('2026'))).toMatchObject({ code: 'errors.periodNotEnded' });
    expect(periodEnded('2026-11', '2026-11-30')).toBe(false);
    expect(periodEnded('2026-11', '2026-12-01')).toBe(true);
    expect(periodEnded('2026', '2027-01-01')).toBe(true);
  });

  it('refuses a period that ends within what is closed: itself, a month of a closed year, anything before', async () => {
    await close('2025');
    expect(await refusal(close('2025-03'))).toMatchObject({ code: 'errors.periodClosed' });
    await close('2026-09');
    const closed = { code: 'errors.periodClosed', details: [{ path: 'period', message: 'errors.periodClosed' }] };
    expect(await refusal(close('2026-09'))).toEqual(closed);
    expect(await refusal(close('2026-08'))).toEqual(closed);
    expect(await refusal(close('2025'))).toEqual(closed);
    expect(await refusal(close('2024'))).toEqual(closed);
    await close('2026-10');
    expect(await refusal(close('2026-10'))).toEqual(closed);
    expect(await t.db.selectFrom('fund_period_close').select('period').orderBy('period').execute()).toEqual([
      { period: '2025' },
      { period: '2026-09' },
      { period: '2026-10' },
    ]);
  });

  it('lets a year be closed after its months', async () => {
    await close('2025-11');
    await close('2025');
    expect(await refusal(close('2025-12'))).toMatchObject({ code: 'errors.periodClosed' });
  });
});
