import { describe, expect, it } from 'vitest';
import { childCreateSchema, duplicateQuerySchema } from '../../../shared/schemas/children';
import { baseChild } from './test-support';

const messages = (input: unknown) => {
  const result = childCreateSchema.safeParse(input);
  // Distinct messages: a malformed date fails both the pattern and the calendar check.
  return result.success ? [] : [...new Set(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))];
};

describe('the child input a handler receives', () => {
  it('accepts a complete child and tidies the personal ID', () => {
    const parsed = childCreateSchema.parse({ ...baseChild, personalId: '031 215 001 234' });
    expect(parsed.personalId).toBe('031215001234');
    expect(parsed.notDuplicateOf).toEqual([]);
  });

  it('refuses a personal ID that is not 12 digits', () => {
    expect(messages({ ...baseChild, personalId: '03121500123' })).toEqual(['personalId: validation.personalId']);
    expect(messages({ ...baseChild, personalId: '03121500123X' })).toEqual(['personalId: validation.personalId']);
  });

  it('refuses a day that does not exist (31/02)', () => {
    expect(messages({ ...baseChild, birthDate: '2015-02-31' })).toEqual(['birthDate: validation.date']);
    expect(messages({ ...baseChild, birthDate: '31/02/2015' })).toEqual(['birthDate: validation.date']);
  });

  it('needs at least one membership, each with a real start date', () => {
    expect(messages({ ...baseChild, memberships: [] })).toEqual(['memberships: validation.membershipRequired']);
    const badStart = [{ kind: 'group', code: 'a', subgroupCode: null, startDate: '2024-13-01', note: null }];
    expect(messages({ ...baseChild, memberships: badStart })).toEqual(['memberships.0.startDate: validation.date']);
  });

  it('needs a name, a sex and a unit', () => {
    expect(messages({ ...baseChild, fullName: '  ', sex: undefined, unitId: '' })).toEqual([
      'fullName: validation.required',
      'sex: validation.required',
      'unitId: validation.required',
    ]);
  });

  it('takes guardians with phones and IDs in a duplicate query, and does without them', () => {
    const withGuardians = duplicateQuerySchema.parse({
      fullName: 'Lê Văn An',
      birthDate: '2016-03-04',
      guardians: [{ fullName: 'Lê Thị Mai', phone: '0912 345 678' }],
    });
    expect(withGuardians.guardians).toEqual([{ fullName: 'Lê Thị Mai', phone: '0912 345 678', personalId: null }]);
    expect(duplicateQuerySchema.parse({ fullName: 'Lê Văn An', birthDate: '' }).guardians).toBeUndefined();
  });
});
