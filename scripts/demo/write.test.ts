import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeUnits, saveOffice } from '../../main/services/office';
import { toIsoDate } from '../../shared/format/date';
import { createTestContext } from '../../tests/fixtures/context';
import { generateRegister } from './generate';
import { demoOffice } from './office';
import { writeRegister } from './write';

let context: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => {
  context = await createTestContext();
});
afterEach(() => context.close());

describe('writeRegister', () => {
  it('writes children, endings, closures and visits through the services, with the statuses they lead to', async () => {
    const { db, units, clock } = context.ctx;
    await saveOffice(db, units, clock, demoOffice(units, 'legacy'));
    const today = toIsoDate(clock.now());
    const register = generateRegister({ seed: 11, children: 400, units: await officeUnits(db, units), today });

    const report = await writeRegister(db, units, clock, register);

    const closures = register.children.filter((c) => c.closure).length;
    const endings = register.children.reduce((sum, c) => sum + c.endings.length, 0);
    expect(report).toMatchObject({ children: 400, childrenClosed: closures, membershipsEnded: endings, visits: register.visitCount });
    expect(closures).toBeGreaterThan(10);
    expect(endings).toBeGreaterThan(10);

    const children = await db.selectFrom('child').select(['status', 'full_name', 'left_reason']).orderBy('id').execute();
    expect(children).toHaveLength(400);
    const expected = { active: 0, atRisk: 0, left: 0 };
    for (const child of register.children) {
      if (child.closure) expected.left++;
      else {
        const ended = new Set(child.endings.map((e) => e.membership));
        const open = child.input.memberships.filter((_, index) => !ended.has(index));
        if (open.some((m) => m.kind === 'group')) expected.active++;
        else expected.atRisk++;
      }
    }
    const counted = { active: 0, atRisk: 0, left: 0 };
    for (const child of children) counted[child.status]++;
    expect(counted).toEqual(expected);
    expect(children.filter((c) => c.left_reason === 'turned16').length).toBe(
      register.children.filter((c) => c.closure?.reason === 'turned16').length,
    );

    const stillOpen = await db
      .selectFrom('membership')
      .innerJoin('child', 'child.id', 'membership.child_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('child.status', '=', 'left')
      .where('membership.end_date', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(stillOpen.n)).toBe(0);

    const visits = await db.selectFrom('visit').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(visits.n)).toBe(register.visitCount);
  });
});
