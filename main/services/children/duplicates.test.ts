import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { duplicateQuerySchema, type ChildCreateInput } from '../../../shared/schemas/children';
import { createChild, findDuplicates } from './index';
import { editDistance, similarNames } from './duplicates';
import { childInput, registerContext, type RegisterContext } from './test-support';

let t: RegisterContext;
beforeEach(async () => {
  t = await registerContext();
});
afterEach(() => t.close());

const add = (changes: Partial<ChildCreateInput>) => createChild(t.db, t.units, t.clock, childInput(changes));
const find = (query: Record<string, unknown>) => findDuplicates(t.db, t.units, duplicateQuerySchema.parse(query));
const mother = (fullName: string, phone: string | null, personalId: string | null = null) => ({ fullName, relation: 'Mẹ', phone, personalId, livesWithChild: true });

describe('editDistance and similarNames', () => {
  it('counts letters to change, add or drop', () => {
    expect(editDistance('nguyen van an', 'nguyen van anh')).toBe(1);
    expect(editDistance('tran thi hoa', 'tran thi hao')).toBe(2);
    expect(editDistance('le van binh', 'le thi binh')).toBe(3);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
  });

  it('calls names similar when equal, two letters apart, or with the same given and family name', () => {
    expect(similarNames('nguyen van an', 'nguyen van anh')).toBe(true);
    expect(similarNames('nguyen van an', 'nguyen thi minh an')).toBe(true);
    expect(similarNames('nguyen van an', 'tran van an')).toBe(false);
    expect(similarNames('le van binh', 'le thi binh')).toBe(true);
  });
});

describe('findDuplicates', () => {
  it('finds the same personal ID, whatever the name', async () => {
    const other = await add({ fullName: 'Phạm Văn Cường', personalId: '031215001234' });
    expect(await find({ fullName: 'Lê Thị Mai', birthDate: '2014-01-01', personalId: '031 215 001 234' })).toEqual([
      { id: other.id, fullName: 'Phạm Văn Cường', birthDate: '2015-06-01', unitName: 'Phường Máy Tơ', reason: 'samePersonalId' },
    ]);
  });

  it('finds the same birth date with a similar name, with or without diacritics', async () => {
    const an = await add({ fullName: 'Nguyễn Văn Anh', birthDate: '2016-03-04' });
    await add({ fullName: 'Nguyễn Văn Anh', birthDate: '2016-03-05' });
    await add({ fullName: 'Trần Văn Bảo', birthDate: '2016-03-04' });
    const found = await find({ fullName: 'nguyen van an', birthDate: '2016-03-04' });
    expect(found.map((c) => [c.id, c.reason])).toEqual([[an.id, 'similarName']]);
    // A half-typed date looks for nothing by name.
    expect(await find({ fullName: 'Nguyễn Văn Anh', birthDate: '2016-03' })).toEqual([]);
  });

  it('finds the same guardian: by personal ID, or by name with the same phone or the same birth date', async () => {
    const byId = await add({ fullName: 'Lê Văn Một', guardians: [mother('Đỗ Thị Hằng', null, '031180000111')] });
    const byPhone = await add({ fullName: 'Lê Văn Hai', guardians: [mother('Vũ Thị Lan', '0912345678')] });
    const byBirth = await add({ fullName: 'Lê Văn Ba', birthDate: '2017-07-07', guardians: [mother('Hồ Thị Nga', null)] });
    await add({ fullName: 'Lê Văn Bốn', guardians: [mother('Vũ Thị Lan', '0988000111')] });
    const found = await find({
      fullName: 'Ngô Văn Năm',
      birthDate: '2017-07-07',
      guardianNames: ['Hồ Thị Nga'],
      guardians: [
        { fullName: 'Mẹ đã đổi tên', phone: null, personalId: '031180000111' },
        { fullName: 'vu thi lan', phone: '+84 912 345 678', personalId: null },
      ],
    });
    expect(found.map((c) => c.id).sort()).toEqual([byId.id, byPhone.id, byBirth.id].sort());
    expect(new Set(found.map((c) => c.reason))).toEqual(new Set(['sameGuardian']));
  });

  it('gives one candidate per record, with the strongest reason first', async () => {
    const same = await add({ fullName: 'Nguyễn Thị Hoa', birthDate: '2015-06-01', personalId: '031215001234' });
    const similar = await add({ fullName: 'Nguyễn Thị Hòa', birthDate: '2015-06-01' });
    const found = await find({ fullName: 'Nguyễn Thị Hoa', birthDate: '2015-06-01', personalId: '031215001234' });
    expect(found.map((c) => [c.id, c.reason])).toEqual([
      [same.id, 'samePersonalId'],
      [similar.id, 'similarName'],
    ]);
  });

  it('leaves out the record itself and pairs already judged "not the same child"', async () => {
    const first = await add({ fullName: 'Nguyễn Thị Hoa' });
    const second = await add({ fullName: 'Nguyễn Thị Hoa', notDuplicateOf: [first.id] });
    const third = await add({ fullName: 'Nguyễn Thị Hoa' });
    const query = { fullName: 'Nguyễn Thị Hoa', birthDate: '2015-06-01' };
    expect((await find({ ...query, id: second.id })).map((c) => c.id)).toEqual([third.id]);
    expect((await find({ ...query, id: first.id })).map((c) => c.id)).toEqual([third.id]);
    expect((await find({ ...query, id: third.id })).map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    // A new record (no id yet) sees them all.
    expect(await find(query)).toHaveLength(3);
  });
});
