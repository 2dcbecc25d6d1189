/**
 * The names of every IPC channel. Kept apart from contract.ts so that the preload can
 * loop over them without pulling in zod; contract.ts checks that both lists agree.
 */
export const channelNames = [
  'app.info',
  'preferences.get',
  'preferences.setLanguage',
  'units.provinces',
  'units.communes',
  'units.legacyDistricts',
  'units.legacyWards',
  'office.get',
  'office.save',
  'office.units',
  'codes.circumstances',
  'codes.saveCircumstance',
  'children.list',
  'children.get',
  'children.create',
  'children.update',
  'children.close',
  'children.reopen',
  'children.findDuplicates',
  'memberships.add',
  'memberships.end',
  'visits.add',
  'visits.update',
  'visits.delete',
  'register.review',
  'register.reviewChildren',
  'register.reviewExcel',
  'import.preview',
  'import.commit',
  'files.save',
  'print.pdf',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** What the preload exposes on `window.baoTro`: one function per channel. */
export type Bridge = Record<ChannelName, (input: unknown) => Promise<unknown>>;
