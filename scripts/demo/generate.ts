/**
 * A realistic, fictional register for screenshots and benchmarks. Pure and seeded: the same
 * options give the same children, memberships, endings, closures and visits, byte for byte.
 * It produces what a user would enter (ChildCreate), plus what happened afterwards (memberships
 * ended, children closed, visits); scripts/demo/write.ts writes it through the app's services.
 */
import type { GroupCode } from '../../shared/codes/groups';
import type { LeaveReason, MembershipEndReason, Sex } from '../../shared/codes/register';
import { ageOn } from '../../shared/format/date';
import type { ChildCreate, MembershipInput } from '../../shared/schemas/children';
import type { OfficeUnit } from '../../shared/units';
import { endableGroups, pickAtRisk, pickGroup, pickSubgroup } from './circumstances';
import { addYears, fromDay, toDay, yearOf } from './dates';
import { guardiansFor } from './guardians';
import { birthCertificateNo, healthInsuranceNo, personalId } from './identity';
import { childName, familyName } from './names';
import { address, disabilityNotes, ethnicityShares, healthNotes, householdStatus, school } from './profile';
import { createRandom, weightedTable, type Random } from './random';
import { visitsFor, type DemoVisit } from './visits';

export type { DemoVisit } from './visits';

export interface GenerateOptions {
  seed: number;
  children: number;
  /** The units children may live in (officeUnits of the office). */
  units: readonly OfficeUnit[];
  /** 'YYYY-MM-DD': ages, dates and the register's history are relative to it. */
  today: string;
  /** The office's province, for the first digits of personal IDs and health-insurance cards. */
  provinceCode?: string;
  /** Visits per child per year on the register (4 by default) … */
  visitsPerYear?: number;
  /** … or exactly this many visits in all, spread by time on the register (the benchmark's 400,000). */
  visitTotal?: number;
  /** Personal IDs already in the database (when adding to it): never drawn again. */
  takenPersonalIds?: ReadonlySet<string>;
}

/** Ends the membership at `membership` (an index into input.memberships). */
export interface DemoMembershipEnd {
  membership: number;
  endDate: string;
  endReason: MembershipEndReason;
}

export interface DemoClosure {
  reason: LeaveReason;
  date: string;
  note: string | null;
}

export interface DemoChild {
  input: ChildCreate;
  endings: DemoMembershipEnd[];
  closure: DemoClosure | null;
  visits: DemoVisit[];
}

export interface DemoRegister {
  children: DemoChild[];
  visitCount: number;
}

/** What happens to a child: most stay; some have turned 16, moved, or left for other reasons. */
type Fate = 'open' | 'openPast16' | LeaveReason;

const fates: readonly (readonly [Fate, number])[] = [
  ['open', 91.4],
  ['openPast16', 0.6],
  ['turned16', 3.6],
  ['movedAway', 2],
  ['circumstanceEnded', 1.7],
  ['adopted', 0.35],
  ['died', 0.35],
];

const closureNotes: Partial<Record<LeaveReason, readonly (string | null)[]>> = {
  movedAway: ['Chuyển đi cùng gia đình', 'Chuyển đến tỉnh khác', null],
  circumstanceEnded: ['Hoàn cảnh đã thay đổi, không còn thuộc diện', 'Gia đình thoát nghèo', null],
  adopted: ['Được nhận làm con nuôi'],
  other: [null],
};

const ethnicity = weightedTable(ethnicityShares);

/** The day the register's units changed (communes replaced districts on 1 July 2025). */
const reformDate = '2025-07-01';

interface Context {
  random: Random;
  today: string;
  todayDay: number;
  provinceCode: string;
  usedIds: Set<string>;
  pickUnit: (startDate: string) => OfficeUnit;
}

interface Draft {
  child: Omit<DemoChild, 'visits'>;
  groups: GroupCode[];
  registerStart: string;
  registerEnd: string;
}

const between = (random: Random, low: number, high: number): number => random.int(low, Math.max(low, high));

/** Units weigh differently (some wards are bigger); before the reform records name old wards. */
function unitPicker(seed: number, units: readonly OfficeUnit[]): Context['pickUnit'] {
  if (units.length === 0) throw new Error('generateRegister needs at least one unit');
  const sizes = createRandom(seed ^ 0x5eed);
  const table = (list: readonly OfficeUnit[]) => weightedTable(list.map((u) => [u, 0.4 + sizes.next() * 1.6] as const));
  const all = table(units);
  const wards = units.filter((u) => u.kind === 'legacyWard');
  const communes = units.filter((u) => u.kind === 'commune');
  const oldUnits = wards.length > 0 ? table(wards) : all;
  const newUnits = communes.length > 0 ? table(communes) : all;
  return (startDate) => (startDate < reformDate ? oldUnits : newUnits)(sizes);
}

function birthDateFor(ctx: Context, fate: Fate): string {
  const { random, today, todayDay } = ctx;
  if (fate === 'turned16') return addYears(fromDay(todayDay - random.int(1, 364)), -16);
  if (fate === 'openPast16') return addYears(fromDay(todayDay - random.int(1, 45)), -16);
  const earliest = toDay(addYears(today, -16)) + 1;
  let day = random.int(earliest, todayDay);
  // Fewer babies are on the register than older children: draw again for some of them.
  if (todayDay - day < 365 && random.chance(0.4)) day = random.int(earliest, todayDay);
  return fromDay(day);
}

function groupsFor(random: Random, fate: Fate, age: number): GroupCode[] {
  let first: GroupCode | null;
  if (fate === 'adopted') first = random.chance(0.6) ? 'a' : 'b';
  else if (fate === 'died') first = random.chance(0.6) ? 'n' : 'd';
  else first = pickGroup(random, age, []);
  if (!first) return ['d'];
  const groups = [first];
  if (random.chance(0.15)) {
    const second = pickGroup(random, age, groups);
    if (second) groups.push(second);
  }
  return groups;
}

const membershipNote = (random: Random, group: GroupCode): string | null => {
  if (group === 'd' && random.chance(0.3)) return 'Đã được cấp giấy xác nhận khuyết tật';
  if (group === 'n' && random.chance(0.2)) return 'Có hồ sơ bệnh án kèm theo';
  return null;
};

interface Timeline {
  birthDay: number;
  firstStartDay: number;
  /** The last day a membership may start: today, or the day before the child leaves. */
  lastStart: number;
  todayDay: number;
  closed: boolean;
}

/** Why the child is on the register, and which of those circumstances have since ended. */
function membershipsFor(
  random: Random,
  fate: Fate,
  age: number,
  { birthDay, firstStartDay, lastStart, todayDay, closed }: Timeline,
): { groups: GroupCode[]; memberships: MembershipInput[]; endings: DemoMembershipEnd[] } {
  const firstStart = fromDay(firstStartDay);
  const atRiskOnly = fate !== 'adopted' && fate !== 'died' && random.chance(0.2);
  const groups = atRiskOnly ? [] : groupsFor(random, fate, age);
  const memberships: MembershipInput[] = [];
  const endings: DemoMembershipEnd[] = [];

  if (atRiskOnly) {
    const codes = [pickAtRisk(random)];
    if (random.chance(0.12)) {
      const second = pickAtRisk(random);
      if (second !== codes[0]) codes.push(second);
    }
    codes.forEach((code, index) => {
      const start = index === 0 ? firstStartDay : between(random, firstStartDay, lastStart);
      memberships.push({ kind: 'atRisk', code, subgroupCode: null, startDate: fromDay(start), note: null });
    });
  } else {
    // Some children were first on the at-risk list and moved into a group later.
    if (firstStartDay - birthDay > 60 && random.chance(0.06)) {
      const start = between(random, Math.max(birthDay, firstStartDay - 3 * 365), firstStartDay - 1);
      memberships.push({ kind: 'atRisk', code: pickAtRisk(random), subgroupCode: null, startDate: fromDay(start), note: null });
      endings.push({ membership: 0, endDate: firstStart, endReason: 'other' });
    }
    groups.forEach((code, index) => {
      const start = index === 0 ? firstStartDay : between(random, firstStartDay, lastStart);
      memberships.push({
        kind: 'group',
        code,
        subgroupCode: pickSubgroup(random, code),
        startDate: fromDay(start),
        note: membershipNote(random, code),
      });
    });
  }

  // A circumstance ends while another keeps the child on the register.
  const open = memberships.map((m, index) => ({ m, index })).filter(({ index }) => !endings.some((e) => e.membership === index));
  if (!closed && open.length >= 2 && random.chance(0.3)) {
    const endable = open.filter(({ m }) => m.kind === 'atRisk' || endableGroups.has(m.code as GroupCode));
    const chosen = endable.length > 0 ? random.pick(endable) : null;
    const startDay = chosen ? toDay(chosen.m.startDate) : 0;
    if (chosen && startDay + 30 <= todayDay - 1) {
      endings.push({
        membership: chosen.index,
        endDate: fromDay(random.int(startDay + 30, todayDay - 1)),
        endReason: random.chance(0.85) ? 'circumstanceEnded' : 'other',
      });
    }
  }

  return { groups, memberships, endings };
}

function draftChild(ctx: Context): Draft {
  const { random, todayDay } = ctx;
  const sex: Sex = random.chance(0.52) ? 'male' : 'female';
  let fate = random.weighted(fates);
  const birthDate = birthDateFor(ctx, fate);
  const birthDay = toDay(birthDate);
  const age = ageOn(birthDate, ctx.today) ?? 0;

  let closeDay: number | null = null;
  if (fate === 'turned16') closeDay = toDay(addYears(birthDate, 16));
  else if (fate !== 'open' && fate !== 'openPast16') {
    const low = Math.max(birthDay + 60, todayDay - 730);
    if (low <= todayDay - 1) closeDay = random.int(low, todayDay - 1);
    else fate = 'open';
  }
  const endDay = closeDay ?? todayDay;
  // A membership starts before the 16th birthday (a child is under 16) and before leaving.
  const lastStart = Math.min(closeDay === null ? todayDay : closeDay - 1, toDay(addYears(birthDate, 16)) - 1);
  const firstStartDay = between(random, Math.max(birthDay, endDay - 6 * 365), lastStart);
  const firstStart = fromDay(firstStartDay);

  const { groups, memberships, endings } = membershipsFor(random, fate, age, {
    birthDay,
    firstStartDay,
    lastStart,
    todayDay,
    closed: closeDay !== null,
  });

  const family = familyName(random);
  const household = householdStatus(random, groups);
  const { level, schoolClass } = school(random, age, groups);
  const unit = ctx.pickUnit(memberships[0]?.startDate ?? firstStart);
  const birthYear = yearOf(birthDate);
  const input: ChildCreate = {
    fullName: childName(random, family, sex),
    sex,
    birthDate,
    ethnicityList: '2008',
    ethnicityCode: ethnicity(random),
    personalId: random.chance(0.6) ? personalId(random, ctx.usedIds, ctx.provinceCode, sex, birthYear) : null,
    birthCertificateNo: birthCertificateNo(random, birthYear),
    healthInsuranceNo: healthInsuranceNo(random, ctx.provinceCode, age, household),
    unitId: unit.id,
    ...address(random, unit),
    householdStatus: household,
    schoolLevel: level,
    schoolClass,
    healthNotes: healthNotes(random, groups),
    disabilityNotes: disabilityNotes(random, groups),
    guardians: guardiansFor(random, {
      family,
      birthYear,
      groups,
      subgroups: memberships.map((m) => m.subgroupCode),
      atRisk: memberships.filter((m) => m.kind === 'atRisk').map((m) => m.code),
      provinceCode: ctx.provinceCode,
      usedIds: ctx.usedIds,
    }),
    memberships,
    notDuplicateOf: [],
  };

  const closure: DemoClosure | null =
    closeDay === null || fate === 'open' || fate === 'openPast16'
      ? null
      : { reason: fate, date: fromDay(closeDay), note: random.pick(closureNotes[fate] ?? [null]) };
  const registerStart = memberships.reduce((min, m) => (m.startDate < min ? m.startDate : min), firstStart);
  return { child: { input, endings, closure }, groups, registerStart, registerEnd: fromDay(endDay) };
}

export function generateRegister(options: GenerateOptions): DemoRegister {
  const random = createRandom(options.seed);
  const ctx: Context = {
    random,
    today: options.today,
    todayDay: toDay(options.today),
    provinceCode: options.provinceCode ?? '31',
    usedIds: new Set(options.takenPersonalIds),
    pickUnit: unitPicker(options.seed, options.units),
  };
  const drafts: Draft[] = [];
  for (let i = 0; i < options.children; i++) drafts.push(draftChild(ctx));

  const years = drafts.map((d) => (toDay(d.registerEnd) - toDay(d.registerStart) + 1) / 365.25);
  const totalYears = years.reduce((sum, y) => sum + y, 0);
  const rate =
    options.visitTotal === undefined ? (options.visitsPerYear ?? 4) : totalYears > 0 ? options.visitTotal / totalYears : 0;
  // Cumulative rounding: each child gets its share, and the shares add up to the exact total.
  let cumulative = 0;
  let assigned = 0;
  let visitCount = 0;
  const children = drafts.map((draft, index): DemoChild => {
    cumulative += rate * (years[index] ?? 0);
    const upTo = Math.round(cumulative);
    const count = upTo - assigned;
    assigned = upTo;
    visitCount += count;
    const { birthDate, schoolLevel } = draft.child.input;
    const subject = { groups: draft.groups, birthDate, schoolLevel };
    return { ...draft.child, visits: visitsFor(random, subject, draft.registerStart, draft.registerEnd, count) };
  });
  return { children, visitCount };
}
