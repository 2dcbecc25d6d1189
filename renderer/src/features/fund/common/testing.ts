import type { PotBalance, PotInfo } from '../../../../../shared/fund';

/**
 * The fund's pots as its screen tests use them (serving, filling and rendering: renderer/src/test).
 * Every name is made up.
 */

export const generalPotInfo: PotInfo = { key: 'general', kind: 'none', purpose: null, unitId: null, unitName: null, childId: null, childName: null };
export const giftsPotInfo: PotInfo = { ...generalPotInfo, key: 'purpose:gifts', kind: 'purpose', purpose: 'gifts' };
export const heartPotInfo: PotInfo = { ...generalPotInfo, key: 'purpose:heartSurgery', kind: 'purpose', purpose: 'heartSurgery' };
export const unitPotInfo: PotInfo = { ...generalPotInfo, key: 'unit:11311', kind: 'unit', unitId: '11311', unitName: 'Phường Ngô Quyền' };
export const childPotInfo: PotInfo = { ...generalPotInfo, key: 'child:child-1', kind: 'child', childId: 'child-1', childName: 'Đặng Thị Hoa' };

export const generalPot = (balance: number): PotBalance => ({ ...generalPotInfo, balance });
