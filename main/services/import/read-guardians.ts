import { normalizeName } from '../../../shared/format/names';
import type { GuardianInput } from '../../../shared/schemas/children';
import { splitList } from './match-circumstances';
import { foldCell } from './match-codes';

/**
 * The guardian cells of a row (name, relation, phone) → the child's guardians.
 *
 * Stored relation texts (data, like a code list) for a guardian whose relation the list does
 * not give: taken from what the column's header calls that person.
 */
function defaultRelation(header: string): string {
  const head = ` ${foldCell(header)} `;
  if (head.includes(' giam ho ')) return 'Người giám hộ';
  if (/ (cha me|bo me|me cha|phu huynh) /.test(head)) return 'Cha/mẹ';
  if (/ (cha|bo) /.test(head)) return 'Cha';
  if (/ me /.test(head)) return 'Mẹ';
  return 'Người chăm sóc';
}

const RELATION_WORD = '(cha|bố|ba|mẹ|má|ông|bà|anh|chị|cô|dì|chú|bác|cậu|mợ|thím)(\\s+(nuôi|ngoại|nội))?';
const RELATION_PREFIX = new RegExp(`^${RELATION_WORD}\\s*[:-]\\s*(.+)$`, 'iu');
const RELATION_ONLY = new RegExp(`^${RELATION_WORD}$`, 'iu');

const sentenceCase = (text: string): string =>
  text.charAt(0).toLocaleUpperCase('vi') + text.slice(1).toLocaleLowerCase('vi');

/** "Cha: Lê Văn Hùng; Mẹ: Trần Thị Lan" → two guardians; a plain name → one. */
export function readGuardians(names: string, relation: string, phone: string, header: string): GuardianInput[] {
  const parts = splitList(names.replace(/,/g, ';')).filter((part) => !RELATION_ONLY.test(part));
  return parts.slice(0, 6).map((part, index) => {
    const prefixed = RELATION_PREFIX.exec(part);
    return {
      fullName: normalizeName(prefixed?.[4] ?? part),
      relation: prefixed ? sentenceCase(`${prefixed[1] ?? ''}${prefixed[2] ?? ''}`) : relation || defaultRelation(header),
      phone: index === 0 ? phone || null : null,
      personalId: null,
      livesWithChild: true,
    };
  });
}
