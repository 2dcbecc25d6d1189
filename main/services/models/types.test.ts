import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../../tests/fixtures/gifts';
import { modelsContext, type ModelsContext } from '../../../tests/fixtures/models';
import { createModelType, listModelTypes, updateModelType } from './types';

let t: ModelsContext;
beforeEach(async () => (t = await modelsContext()));
afterEach(() => t.close());

const shipped = ['safeHome', 'childFriendly', 'communityProtection', 'childrenClub', 'schoolCounselling', 'floodChildcare'];

describe('model types', () => {
  it('lists the six shipped models in their order', async () => {
    const types = await listModelTypes(t.db);
    expect(types.map((m) => m.builtin)).toEqual(shipped);
    expect(types[0]).toEqual({ id: 'safeHome', builtin: 'safeHome', name: null, archived: false });
  });

  it("adds the office's own after the shipped ones, sorted by name", async () => {
    await createModelType(t.db, t.clock, { name: 'Tủ sách thiếu nhi' });
    const types = await createModelType(t.db, t.clock, { name: 'Bếp ăn bán trú' });
    expect(types.map((m) => m.builtin ?? m.name)).toEqual([...shipped, 'Bếp ăn bán trú', 'Tủ sách thiếu nhi']);
    const rows = await t.db.selectFrom('model_type').select(['name', 'office_id', 'sort_order']).where('builtin', 'is', null).orderBy('sort_order').execute();
    expect(rows).toEqual([
      { name: 'Tủ sách thiếu nhi', office_id: t.officeId, sort_order: 6 },
      { name: 'Bếp ăn bán trú', office_id: t.officeId, sort_order: 7 },
    ]);
  });

  it('renames and archives an own model, which stays listed and flagged', async () => {
    const created = await createModelType(t.db, t.clock, { name: 'Tủ sách' });
    const own = created.find((m) => m.builtin === null);
    if (!own) throw new Error('not created');
    const renamed = await updateModelType(t.db, t.clock, { id: own.id, name: 'Tủ sách thiếu nhi', archived: false });
    expect(renamed.at(-1)).toEqual({ id: own.id, builtin: null, name: 'Tủ sách thiếu nhi', archived: false });
    const archived = await updateModelType(t.db, t.clock, { id: own.id, name: 'Tủ sách thiếu nhi', archived: true });
    expect(archived.at(-1)?.archived).toBe(true);
    expect(archived).toHaveLength(7);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity', '=', 'model_type').execute();
    expect(audit).toEqual([
      { action: 'create', entity_id: own.id },
      { action: 'update', entity_id: own.id },
      { action: 'update', entity_id: own.id },
    ]);
  });

  it('refuses to rename or archive a shipped model, and an unknown id', async () => {
    expect(await refusal(updateModelType(t.db, t.clock, { id: 'safeHome', name: 'Nhà an toàn', archived: false }))).toMatchObject({ code: 'errors.notSupported' });
    expect(await refusal(updateModelType(t.db, t.clock, { id: 'nope', name: 'X', archived: true }))).toMatchObject({ code: 'errors.notFound' });
    expect((await listModelTypes(t.db))[0]).toMatchObject({ id: 'safeHome', name: null, archived: false });
  });
});
