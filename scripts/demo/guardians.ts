/**
 * Who looks after a demo child. Relations decide the guardian's sex and family name the way
 * Vietnamese kinship does: the father's side (Bố, Ông nội, Chú, Bác, Cô) shares the child's
 * family name, the mother's side (Mẹ, Ông ngoại, Dì, Cậu) shares the mother's.
 */
import type { Sex } from '../../shared/codes/register';
import type { GroupCode } from '../../shared/codes/groups';
import type { GuardianInput } from '../../shared/schemas/children';
import { adultName, familyName } from './names';
import { personalId, phoneNumber } from './identity';
import type { Random } from './random';

type Side = 'father' | 'mother' | 'other';

const relations: Record<string, { sex: Sex; side: Side; generation: 'parent' | 'grandparent' }> = {
  'Bố': { sex: 'male', side: 'father', generation: 'parent' },
  'Mẹ': { sex: 'female', side: 'mother', generation: 'parent' },
  'Ông nội': { sex: 'male', side: 'father', generation: 'grandparent' },
  'Bà nội': { sex: 'female', side: 'other', generation: 'grandparent' },
  'Ông ngoại': { sex: 'male', side: 'mother', generation: 'grandparent' },
  'Bà ngoại': { sex: 'female', side: 'other', generation: 'grandparent' },
  'Chú': { sex: 'male', side: 'father', generation: 'parent' },
  'Bác': { sex: 'male', side: 'father', generation: 'parent' },
  'Cô': { sex: 'female', side: 'father', generation: 'parent' },
  'Dì': { sex: 'female', side: 'mother', generation: 'parent' },
  'Cậu': { sex: 'male', side: 'mother', generation: 'parent' },
  'Người chăm sóc thay thế': { sex: 'female', side: 'other', generation: 'parent' },
};

const relatives = ['Bà nội', 'Bà ngoại', 'Ông nội', 'Ông ngoại', 'Cô', 'Chú', 'Bác', 'Dì', 'Cậu'] as const;

export interface GuardianContext {
  family: string;
  birthYear: number;
  groups: readonly GroupCode[];
  subgroups: readonly (string | null)[];
  atRisk: readonly string[];
  provinceCode: string;
  usedIds: Set<string>;
}

/** Relations of the people listed for a child, first the one the child lives with. */
function chooseRelations(random: Random, ctx: GuardianContext): { relation: string; livesWithChild: boolean }[] {
  const inFacility = ctx.subgroups.includes('a2');
  if (ctx.subgroups.includes('b1')) return [];
  if (inFacility || ctx.subgroups.includes('b2') || ctx.subgroups.includes('a4')) {
    return [{ relation: 'Người chăm sóc thay thế', livesWithChild: !inFacility }];
  }
  if (ctx.groups.includes('a') || ctx.groups.includes('c')) {
    const first = random.pick(relatives);
    const list = [{ relation: first, livesWithChild: true }];
    if (random.chance(0.35)) {
      const second = random.pick(relatives);
      if (second !== first) list.push({ relation: second, livesWithChild: random.chance(0.7) });
    }
    return list;
  }
  if (ctx.atRisk.includes('r2')) {
    return [
      { relation: random.chance(0.6) ? 'Bà nội' : 'Bà ngoại', livesWithChild: true },
      { relation: random.chance(0.6) ? 'Mẹ' : 'Bố', livesWithChild: false },
    ];
  }
  const list = [{ relation: 'Mẹ', livesWithChild: true }];
  if (random.chance(0.6)) list.push({ relation: 'Bố', livesWithChild: random.chance(0.85) });
  if (random.chance(0.12)) list.push({ relation: random.pick(relatives), livesWithChild: random.chance(0.5) });
  if (random.chance(0.15)) list.reverse();
  return list;
}

export function guardiansFor(random: Random, ctx: GuardianContext): GuardianInput[] {
  const motherFamily = familyName(random);
  return chooseRelations(random, ctx).map(({ relation, livesWithChild }) => {
    const kin = relations[relation] ?? { sex: 'female', side: 'other', generation: 'parent' };
    const family = kin.side === 'father' ? ctx.family : kin.side === 'mother' ? motherFamily : familyName(random);
    const gap = kin.generation === 'parent' ? random.int(19, 42) : random.int(40, 68);
    const isGrandparent = kin.generation === 'grandparent';
    return {
      fullName: adultName(random, family, kin.sex),
      relation,
      phone: random.chance(isGrandparent ? 0.55 : 0.88) ? phoneNumber(random) : null,
      personalId: random.chance(0.5)
        ? personalId(random, ctx.usedIds, ctx.provinceCode, kin.sex, ctx.birthYear - gap)
        : null,
      livesWithChild,
    };
  });
}
