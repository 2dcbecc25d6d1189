/** Code lists of the register. Labels live in the locale files under `codes.*`. */

export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];

/** Hộ nghèo, hộ cận nghèo, hộ khác. */
export const householdStatuses = ['poor', 'nearPoor', 'other'] as const;
export type HouseholdStatus = (typeof householdStatuses)[number];

export const schoolLevels = [
  'notYetSchoolAge', // chưa đến tuổi đi học
  'preschool', // mầm non
  'primary', // tiểu học
  'lowerSecondary', // trung học cơ sở
  'upperSecondary', // trung học phổ thông
  'vocational', // giáo dục nghề nghiệp
  'outOfSchool', // bỏ học, không đi học
] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

/** Why one membership of a group (or of the at-risk list) ended. */
export const membershipEndReasons = ['circumstanceEnded', 'turned16', 'movedAway', 'adopted', 'died', 'other'] as const;
export type MembershipEndReason = (typeof membershipEndReasons)[number];

/** Why a child left the register; the record stays, closed. */
export const leaveReasons = ['turned16', 'movedAway', 'circumstanceEnded', 'adopted', 'died', 'other'] as const;
export type LeaveReason = (typeof leaveReasons)[number];

/** active: in at least one of the 14 groups; atRisk: only on the at-risk list; left: closed. */
export const registerStatuses = ['active', 'atRisk', 'left'] as const;
export type RegisterStatus = (typeof registerStatuses)[number];

export const membershipKinds = ['group', 'atRisk'] as const;
export type MembershipKind = (typeof membershipKinds)[number];

/** A child is a person under 16 (Luật Trẻ em 2016, Điều 1). */
export const childAgeLimit = 16;
/** Children turning 16 within this many days are flagged ahead. */
export const turning16NoticeDays = 90;
