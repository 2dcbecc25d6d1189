import type { ChannelName } from '../../../shared/channels';
import { defaultCircumstances } from '../../../shared/codes/groups';
import type { Output, ParsedInput } from '../../../shared/contract';
import { compareVietnameseNames, foldVietnamese } from '../../../shared/format';
import type { ChildDetail, ChildListRow, CircumstanceOption, DuplicateCandidate } from '../../../shared/register';
import type { OfficeUnit } from '../../../shared/units';
import { createFakeBackend, sampleOffice } from './fakeBackend';
import { Refusal, serve as serveChannel } from './serve';

/** Fictional children for component tests; generated names, no real people. */

export const officeUnits: OfficeUnit[] = [
  { id: '11311', name: 'Phường Ngô Quyền', kind: 'commune' },
  { id: '11329', name: 'Phường Gia Viên', kind: 'commune' },
];

export const circumstanceOptions: CircumstanceOption[] = defaultCircumstances.map((option) => ({ ...option, active: true }));

const unitName = (id: string) => officeUnits.find((unit) => unit.id === id)?.name ?? id;

export function makeChild(overrides: Partial<ChildDetail> = {}): ChildDetail {
  return {
    id: 'child-1',
    fullName: 'Đặng Thị Hoa',
    sex: 'female',
    birthDate: '2015-03-14',
    ethnicityList: '2008',
    ethnicityCode: '01',
    personalId: null,
    birthCertificateNo: null,
    healthInsuranceNo: null,
    unitId: '11311',
    unitName: 'Phường Ngô Quyền',
    village: 'Tổ 3',
    addressLine: null,
    householdStatus: 'poor',
    schoolLevel: 'primary',
    schoolClass: '5A',
    healthNotes: null,
    disabilityNotes: null,
    status: 'active',
    leftReason: null,
    leftDate: null,
    leftNote: null,
    guardians: [
      { id: 'g-1', fullName: 'Đặng Văn Lâm', relation: 'Bố', phone: '0912345678', personalId: null, livesWithChild: true },
    ],
    memberships: [
      {
        id: 'm-1',
        kind: 'group',
        code: 'a',
        subgroupCode: 'a3',
        startDate: '2024-01-10',
        endDate: null,
        endReason: null,
        note: null,
      },
    ],
    visits: [],
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-10T08:00:00.000Z',
    ...overrides,
  };
}

export function toListRow(child: ChildDetail): ChildListRow {
  const current = child.memberships.filter((m) => m.endDate === null);
  return {
    id: child.id,
    fullName: child.fullName,
    sex: child.sex,
    birthDate: child.birthDate,
    unitId: child.unitId,
    unitName: child.unitName,
    village: child.village,
    status: child.status,
    groupCodes: current.filter((m) => m.kind === 'group').map((m) => m.code) as ChildListRow['groupCodes'],
    atRiskCodes: current.filter((m) => m.kind === 'atRisk').map((m) => m.code),
    sixteenOn: null,
  };
}

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Đỗ'];
const middles = ['Thị', 'Văn', 'Minh', 'Ngọc'];
const givens = ['An', 'Bình', 'Chi', 'Dũng', 'Hoa', 'Khánh', 'Lan', 'Sơn', 'Tâm', 'Yến'];

/** Row i of a large made-up register (for paging tests). */
export function generatedRow(index: number): ChildListRow {
  return {
    id: `gen-${index}`,
    fullName: `${families[index % families.length]} ${middles[index % middles.length]} ${givens[index % givens.length]}`,
    sex: index % 2 === 0 ? 'female' : 'male',
    birthDate: `20${String(10 + (index % 10)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
    unitId: officeUnits[index % 2]?.id ?? '11311',
    unitName: officeUnits[index % 2]?.name ?? '',
    village: null,
    status: 'active',
    groupCodes: ['a'],
    atRiskCodes: [],
    sixteenOn: null,
  };
}

/**
 * A fake backend with the office set up and an in-memory register behind the register's
 * channels: input parsed by the contract as main does, answers shaped as main's.
 */
export function createRegisterBackend(initial: { children?: ChildDetail[] } = {}) {
  const backend = createFakeBackend({ office: sampleOffice });
  const children = new Map((initial.children ?? []).map((child) => [child.id, structuredClone(child)]));
  const notDuplicatePairs: [string, string][] = [];
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}-new-${nextId++}`;

  const serve = <C extends ChannelName>(channel: C, handler: (input: ParsedInput<C>) => Output<C>) => serveChannel(backend, channel, handler);


  const get = (id: string): ChildDetail => {
    const child = children.get(id);
    if (!child) throw new Refusal('errors.notFound');
    return child;
  };
  const put = (child: ChildDetail): ChildDetail => {
    children.set(child.id, child);
    return structuredClone(child);
  };
  const ownerOf = (find: (child: ChildDetail) => boolean): ChildDetail => {
    const child = [...children.values()].find(find);
    if (!child) throw new Refusal('errors.notFound');
    return child;
  };
  const personalIdTaken = (personalId: string | null, except: string | null) =>
    personalId !== null && [...children.values()].some((c) => c.personalId === personalId && c.id !== except);

  serve('office.units', () => officeUnits);
  serve('codes.circumstances', () => circumstanceOptions);
  serve('children.list', (query) => {
    const rows = [...children.values()]
      .filter((child) => query.search === '' || foldVietnamese(`${child.fullName} ${child.personalId ?? ''}`).includes(query.search))
      .filter((child) => query.unitIds.length === 0 || query.unitIds.includes(child.unitId))
      .filter((child) => query.statuses.length === 0 || query.statuses.includes(child.status))
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName))
      .map(toListRow);
    return { total: rows.length, rows: rows.slice(query.offset, query.offset + query.limit) };
  });
  serve('children.get', ({ id }) => structuredClone(get(id)));
  serve('children.create', (input) => {
    if (personalIdTaken(input.personalId, null)) throw new Refusal('errors.duplicatePersonalId');
    const { memberships, notDuplicateOf, guardians, ...profile } = input;
    const id = newId('child');
    for (const other of notDuplicateOf) notDuplicatePairs.push([id, other]);
    return put({
      ...makeChild(),
      ...profile,
      id,
      unitName: unitName(profile.unitId),
      status: memberships.some((m) => m.kind === 'group') ? 'active' : 'atRisk',
      guardians: guardians.map((g) => ({ ...g, id: newId('guardian') })),
      memberships: memberships.map((m) => ({ ...m, id: newId('membership'), endDate: null, endReason: null })),
      visits: [],
    });
  });
  serve('children.update', (input) => {
    const child = get(input.id);
    if (personalIdTaken(input.personalId, input.id)) throw new Refusal('errors.duplicatePersonalId');
    const { guardians, ...profile } = input;
    return put({ ...child, ...profile, unitName: unitName(profile.unitId), guardians: guardians.map((g) => ({ ...g, id: newId('guardian') })) });
  });
  serve('children.close', ({ id, reason, date, note }) =>
    put({ ...get(id), status: 'left', leftReason: reason, leftDate: date, leftNote: note }),
  );
  serve('children.reopen', ({ id }) => put({ ...get(id), status: 'active', leftReason: null, leftDate: null, leftNote: null }));
  serve('children.findDuplicates', (query) => {
    const folded = foldVietnamese(query.fullName);
    const guardianNames = query.guardianNames.map(foldVietnamese);
    const found: DuplicateCandidate[] = [];
    for (const child of children.values()) {
      const reason: DuplicateCandidate['reason'] | null =
        query.personalId && child.personalId === query.personalId
          ? 'samePersonalId'
          : foldVietnamese(child.fullName) === folded && child.birthDate === query.birthDate
            ? 'similarName'
            : child.guardians.some((g) => guardianNames.includes(foldVietnamese(g.fullName)))
              ? 'sameGuardian'
              : null;
      if (reason) found.push({ id: child.id, fullName: child.fullName, birthDate: child.birthDate, unitName: child.unitName, reason });
    }
    return found;
  });
  serve('memberships.add', ({ childId, ...membership }) => {
    const child = get(childId);
    return put({ ...child, memberships: [...child.memberships, { ...membership, id: newId('membership'), endDate: null, endReason: null }] });
  });
  serve('memberships.end', ({ id, endDate, endReason }) => {
    const child = ownerOf((c) => c.memberships.some((m) => m.id === id));
    return put({ ...child, memberships: child.memberships.map((m) => (m.id === id ? { ...m, endDate, endReason } : m)) });
  });
  serve('visits.add', ({ childId, ...visit }) => {
    const child = get(childId);
    return put({ ...child, visits: [...child.visits, { ...visit, id: newId('visit') }] });
  });
  serve('visits.update', ({ id, childId, ...visit }) => {
    const child = get(childId);
    return put({ ...child, visits: child.visits.map((v) => (v.id === id ? { ...v, ...visit } : v)) });
  });
  serve('visits.delete', ({ id }) => {
    const child = ownerOf((c) => c.visits.some((v) => v.id === id));
    return put({ ...child, visits: child.visits.filter((v) => v.id !== id) });
  });

  return { ...backend, children, notDuplicatePairs, serve };
}

export type RegisterBackend = ReturnType<typeof createRegisterBackend>;
