import type { OfficeUnit, UnitRef } from '../../../shared/units';
import { foldCell } from './match-codes';

/**
 * Finds the office's unit a cell names: "Phường Máy Tơ", "P. Máy Tơ", "Máy Tơ", or a unit
 * reference. A legacy-district office lists its old wards before today's communes, so a name
 * both share (an old ward that kept its name) goes to the old ward, as the list was kept then.
 */

const PREFIX = /^(xa|phuong|thi tran|dac khu|tt|p|x) /;

export type UnitMatcher = (text: string) => UnitRef | null;

export function unitMatcher(units: readonly OfficeUnit[]): UnitMatcher {
  const byFullName = new Map<string, UnitRef>();
  const byBareName = new Map<string, UnitRef>();
  const refs = new Set(units.map((u) => u.id));
  for (const unit of units) {
    const full = foldCell(unit.name);
    if (!byFullName.has(full)) byFullName.set(full, unit.id);
    const bare = full.replace(PREFIX, '');
    if (!byBareName.has(bare)) byBareName.set(bare, unit.id);
  }
  const find = (text: string): UnitRef | null => {
    if (refs.has(text.trim())) return text.trim();
    const folded = foldCell(text);
    return byFullName.get(folded) ?? byBareName.get(folded.replace(PREFIX, '')) ?? null;
  };
  // "Phường Máy Tơ, quận Ngô Quyền": the part before the comma is the unit.
  return (text) => find(text) ?? (text.includes(',') ? find(text.slice(0, text.indexOf(','))) : null);
}

/** The unit to use when the list names none: the office's only one, if it has one. */
export function soleUnit(units: readonly OfficeUnit[]): UnitRef | null {
  const wards = units.filter((u) => u.kind === 'legacyWard');
  if (wards.length === 1) return wards[0]?.id ?? null;
  return units.length === 1 ? (units[0]?.id ?? null) : null;
}
