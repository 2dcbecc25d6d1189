/** Follow-up visits of a demo child: dates spread over the time on the register, plausible notes. */
import type { GroupCode } from '../../shared/codes/groups';
import type { SchoolLevel } from '../../shared/codes/register';
import { ageOn } from '../../shared/format/date';
import { fromDay, toDay } from './dates';
import type { Random } from './random';

export interface DemoVisit {
  visitDate: string;
  visitor: string;
  health: string | null;
  schooling: string | null;
  needs: string | null;
  notes: string | null;
}

/** Fictional staff and commune collaborators who do the visits. */
const visitors = [
  'Vũ Minh Tuấn',
  'Đỗ Thị Thanh Hương',
  'Lê Quang Hải',
  'Nguyễn Thị Bích Ngọc',
  'Trần Văn Khoa',
  'Phạm Thu Trang',
] as const;

const health = {
  general: ['Sức khỏe bình thường', 'Sức khỏe ổn định', 'Hay ốm vặt, đã khám tại trạm y tế', 'Suy dinh dưỡng nhẹ', 'Đã tiêm chủng đầy đủ'],
  illness: ['Đang điều trị, sức khỏe ổn định', 'Tái khám định kỳ tại bệnh viện', 'Sức khỏe yếu, cần theo dõi', 'Đã hoàn thành đợt điều trị'],
  disability: ['Tập phục hồi chức năng tại nhà', 'Sức khỏe ổn định', 'Cần dụng cụ hỗ trợ vận động', 'Đã được khám, đánh giá lại mức độ khuyết tật'],
} as const;

const schooling: Record<SchoolLevel, readonly (string | null)[]> = {
  notYetSchoolAge: [null],
  preschool: ['Đi mẫu giáo đều', 'Đi học mẫu giáo, ăn bán trú'],
  primary: ['Đi học đều, học lực khá', 'Đi học đều, học lực trung bình', 'Học lực giỏi', 'Nghỉ học nhiều buổi do ốm', 'Được miễn học phí'],
  lowerSecondary: ['Đi học đều, học lực khá', 'Học lực trung bình', 'Học lực giỏi', 'Có nguy cơ bỏ học', 'Được miễn học phí'],
  upperSecondary: ['Đi học đều', 'Học lực khá', 'Được miễn học phí'],
  vocational: ['Đang học nghề', 'Học nghề sửa chữa xe máy', 'Học nghề may'],
  outOfSchool: ['Đã nghỉ học', 'Nghỉ học, phụ giúp gia đình', 'Đang vận động đi học lại'],
};

const needs = [
  'Hỗ trợ học bổng',
  'Hỗ trợ sách vở, đồ dùng học tập',
  'Hỗ trợ chi phí điều trị',
  'Hỗ trợ dinh dưỡng',
  'Hỗ trợ thẻ bảo hiểm y tế',
  'Hỗ trợ sinh kế cho gia đình',
  'Tư vấn tâm lý',
  'Chưa có nhu cầu mới',
  null,
  null,
] as const;

const notes = [
  'Gia đình hợp tác tốt',
  'Trẻ vui vẻ, hòa đồng',
  'Người chăm sóc đi làm, trẻ ở với bà',
  'Đã trao quà Tết',
  'Đã hướng dẫn gia đình làm hồ sơ trợ cấp',
] as const;

export interface VisitSubject {
  groups: readonly GroupCode[];
  birthDate: string;
  /** The level today; earlier visits see the level the child's age had then. */
  schoolLevel: SchoolLevel;
}

function levelOn(subject: VisitSubject, date: string): SchoolLevel {
  const age = ageOn(subject.birthDate, date) ?? 0;
  if (subject.schoolLevel === 'outOfSchool' && age >= 6) return 'outOfSchool';
  if (age < 3) return 'notYetSchoolAge';
  if (age < 6) return subject.schoolLevel === 'notYetSchoolAge' ? 'notYetSchoolAge' : 'preschool';
  if (age <= 10) return 'primary';
  if (age <= 14) return 'lowerSecondary';
  return subject.schoolLevel;
}

/** `count` visits between `from` and `to`, one in each equal slice of the period. */
export function visitsFor(random: Random, subject: VisitSubject, from: string, to: string, count: number): DemoVisit[] {
  const start = toDay(from);
  const span = Math.max(1, toDay(to) - start + 1);
  const healthPool = subject.groups.includes('n')
    ? health.illness
    : subject.groups.includes('d')
      ? health.disability
      : health.general;
  const visits: DemoVisit[] = [];
  for (let i = 0; i < count; i++) {
    const sliceStart = Math.floor((span * i) / count);
    const sliceEnd = Math.max(sliceStart, Math.floor((span * (i + 1)) / count) - 1);
    const visitDate = fromDay(start + random.int(sliceStart, sliceEnd));
    visits.push({
      visitDate,
      visitor: random.pick(visitors),
      health: random.pick(healthPool),
      schooling: random.pick(schooling[levelOn(subject, visitDate)]),
      needs: random.pick(needs),
      notes: random.chance(0.2) ? random.pick(notes) : null,
    });
  }
  return visits;
}
