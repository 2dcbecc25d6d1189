import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../tests/fixtures/context';
import { refusal } from '../../../tests/fixtures/gifts';
import { legacyOffice } from '../../../tests/fixtures/office';
import { requireOfficeId as fundRequireOfficeId } from '../fund/office-id';
import { requireOfficeId, saveOffice } from '../office';

let t: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => (t = await createTestContext()));
afterEach(() => t.close());

describe('requireOfficeId (main/services/office.ts)', () => {
  it('refuses before setup and answers the office id after', async () => {
    expect(await refusal(requireOfficeId(t.ctx.db))).toMatchObject({ code: 'errors.officeNotSetUp' });
    const office = await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    expect(await requireOfficeId(t.ctx.db)).toBe(office.id);
  });

  it('is the same function the fund imports', () => {
    expect(fundRequireOfficeId).toBe(requireOfficeId);
  });
});
