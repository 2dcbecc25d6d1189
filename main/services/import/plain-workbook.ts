import type { CellValue, SheetRow } from './read-sheet';
import { openZip, type ZipArchive } from './unzip';

/**
 * A quick reader for plain workbooks — text, numbers, dates, true/false, as office lists are —
 * giving exactly what exceljs gives for them (excel-workbook.ts), several times faster: it
 * reads the few XML parts it needs with regular expressions instead of building exceljs's
 * whole model. Anything it does not read the way exceljs would (merged cells, formulas, links,
 * inline or formula strings, the 1904 date system, XML with prefixes, CDATA or comments …), and
 * a workbook without a visible sheet with rows, make it answer undefined: the caller then reads
 * the file with exceljs.
 */

class NotPlain extends Error {}

const notPlain = (): never => {
  throw new NotPlain();
};

// Attributes of a tag, where a quoted value may hold '>'.
const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*?)`;
const tagPattern = (name: string) => new RegExp(`<${name}\\b${ATTRS}(?:\\/>|>([\\s\\S]*?)<\\/${name}>)`, 'g');
const emptyTagPattern = (name: string) => new RegExp(`<${name}\\b${ATTRS}\\/?>`, 'g');

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|[^;]*);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text or attribute value → the string it stands for (line ends as the XML rules have them). */
function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('\r')) return text;
  return text.replace(/\r\n?/g, '\n').replace(ENTITY, (_, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : notPlain();
    }
    return NAMED[name] ?? notPlain();
  });
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found[match[1] ?? ''] = decodeXml(match[2] ?? match[3] ?? '');
  }
  return found;
}

/** Text of a <t>, as exceljs's TextXform gives it: Excel's _xHHHH_ escapes undone. */
const textOf = (raw: string): string => decodeXml(raw).replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * The shared strings: plain text, or runs of rich text joined (what read-sheet makes of
 * exceljs's rich text). Phonetic guides are left out, as exceljs leaves them.
 */
function sharedStrings(xml: string | undefined): (string | null)[] {
  if (xml === undefined) return [];
  const strings: (string | null)[] = [];
  const textsOf = (body: string): string[] | null => {
    const texts: string[] = [];
    eachTag(body, 't', (_, text) => texts.push(textOf(text)));
    return texts.length > 0 ? texts : null;
  };
  eachTag(xml, 'si', (_, content) => {
    if (!content.includes('<r')) {
      // An <si> with no text at all is an empty object in exceljs, which read-sheet reads as null.
      strings.push(textsOf(content)?.join('') ?? null);
      return;
    }
    const body = content.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
    const runs: string[] = [];
    eachTag(body, 'r', (__, run) => runs.push(textsOf(run)?.join('') ?? ''));
    strings.push(runs.length > 0 ? runs.join('') : (textsOf(body)?.join('') ?? null));
  });
  return strings;
}

// The built-in number formats exceljs knows (others are locale-dependent and it gives none).
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

/** exceljs's test of a number format being a date's. */
const isDateFormat = (format: string): boolean => /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** For each cell style (s="n"), whether its numbers are dates. Style 0 never is, as in exceljs. */
function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const formats = new Map<number, string>();
  for (const match of xml.matchAll(emptyTagPattern('numFmt'))) {
    const { numFmtId, formatCode } = attributes(match[1] ?? '');
    if (numFmtId !== undefined && formatCode !== undefined) formats.set(parseInt(numFmtId, 10), formatCode);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(tagPattern('xf'))].map((match, index) => {
    const id = parseInt(attributes(match[1] ?? '').numFmtId ?? '', 10);
    if (index === 0 || !id) return false;
    // exceljs takes the built-in format for an empty one too.
    const format = formats.get(id) || BUILT_IN_FORMATS[id];
    return format !== undefined && isDateFormat(format);
  });
}

const EXCEL_EPOCH_DAYS = 25569;

/** "AB12" → 28. */
function columnOf(reference: string): number {
  let column = 0;
  let at = 0;
  for (; at < reference.length && at < 3; at++) {
    const code = reference.charCodeAt(at);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return at > 0 && /^\d+$/.test(reference.slice(at)) ? column : notPlain();
}

// Parts of a sheet this reader does not read as exceljs does: merged cells (their value fills
// the whole range there), formulas, links, strings held in the cell or from a formula, ISO date
// cells, elements with a namespace prefix.
const UNPLAIN_SHEET = /<mergeCell\b|<f[\s>/]|<hyperlink\b|\st="(str|inlineStr|d)"|<\w+:(row|c|v|sheetData)\b/;
// XML that regular expressions would misread anywhere.
const UNPLAIN_XML = /<!\[CDATA\[|<!--|<!DOCTYPE/;

const plainXml = (xml: string | undefined): string | undefined => (xml !== undefined && UNPLAIN_XML.test(xml) ? notPlain() : xml);

/**
 * Calls `visit` for each tag named `name` in `xml` (not others starting alike, such as <cols>
 * for <c>) with its attributes and content. For the tags of sheet data only, whose attributes
 * (references, numbers, names) never hold a '>'.
 */
function eachTag(xml: string, name: string, visit: (attributes: string, content: string) => void): void {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = xml.indexOf(open);
  while (at >= 0) {
    const next = xml.charCodeAt(at + open.length);
    // '>', '/' or white space.
    if (next !== 62 && next !== 47 && next !== 32 && next !== 9 && next !== 10 && next !== 13) {
      at = xml.indexOf(open, at + open.length);
      continue;
    }
    const end = xml.indexOf('>', at);
    if (end < 0) notPlain();
    const attributes = xml.slice(at + open.length, end);
    if (xml.charCodeAt(end - 1) === 47) {
      visit(attributes, '');
      at = xml.indexOf(open, end);
      continue;
    }
    const closing = xml.indexOf(close, end);
    if (closing < 0) notPlain();
    visit(attributes, xml.slice(end + 1, closing));
    at = xml.indexOf(open, closing + close.length);
  }
}

// Attributes written otherwise than ` name="value"` (other white space, spaces around '=',
// single quotes, a quote left open by a '>' in a value) would be misread by attribute().
const UNPLAIN_ATTRIBUTES = /[\t\n\r']|\s=|=\s/;
const plainAttributes = (attributes: string): string =>
  UNPLAIN_ATTRIBUTES.test(attributes) || attributes.split('"').length % 2 === 0 ? notPlain() : attributes;

/** A double-quoted attribute of tag attributes that are plain. */
function attribute(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const start = at + name.length + 2;
  return decodeXml(attributes.slice(start + 1, attributes.indexOf('"', start + 1)));
}

function readSheetRows(xml: string, strings: readonly (string | null)[], dates: readonly boolean[]): SheetRow[] {
  if (UNPLAIN_SHEET.test(xml) || !/<sheetData\b/.test(xml)) notPlain();
  const byNumber = new Map<number, CellValue[]>();
  eachTag(xml, 'row', (rowTag, rowContent) => {
    const rowNumber = parseInt(attribute(plainAttributes(rowTag), 'r') ?? notPlain(), 10);
    const cells: CellValue[] = [];
    eachTag(rowContent, 'c', (cellTag, content) => {
      // No value: exceljs leaves the cell out, whether it has a style or not.
      let value: string | undefined;
      if (content.includes('<v')) eachTag(content, 'v', (_, text) => (value ??= text));
      if (value === undefined || value === '') return;
      const text = decodeXml(value);
      const cellAttributes = plainAttributes(cellTag);
      const column = columnOf(attribute(cellAttributes, 'r') ?? notPlain());
      const t = attribute(cellAttributes, 't');
      if (t === 's') {
        const shared = strings[parseInt(text, 10)];
        cells[column - 1] = shared === undefined ? notPlain() : shared;
      } else if (t === 'b') {
        cells[column - 1] = parseInt(text, 10) !== 0;
      } else if (t === 'e') {
        cells[column - 1] = null;
      } else if (t === undefined || t === 'n') {
        const number = parseFloat(text);
        const style = parseInt(attribute(cellAttributes, 's') ?? '0', 10);
        cells[column - 1] = dates[style] ? new Date(Math.round((number - EXCEL_EPOCH_DAYS) * 86_400_000)) : number;
      } else {
        notPlain();
      }
    });
    byNumber.set(rowNumber, cells);
  });
  return [...byNumber]
    .sort(([a], [b]) => a - b)
    .flatMap(([rowNumber, cells]) => {
      const filled = Array.from(cells, (cell) => cell ?? null);
      return filled.some((cell) => cell !== null && String(cell).trim() !== '') ? [{ rowNumber, cells: filled }] : [];
    });
}

/** The worksheets in the workbook's order, with their state and part name (as exceljs finds them). */
function sheetsOf(zip: ZipArchive): { state: string; part: string }[] {
  const workbook = plainXml(zip.text('xl/workbook.xml')) ?? notPlain();
  const rels = plainXml(zip.text('xl/_rels/workbook.xml.rels')) ?? notPlain();
  const parts = new Set(zip.names());
  if (/<\w+:(workbook|sheet)\b/.test(workbook) || /\bdate1904\s*=/.test(workbook)) notPlain();
  const targets = new Map<string, string>();
  for (const rel of rels.matchAll(emptyTagPattern('Relationship'))) {
    const { Id, Target } = attributes(rel[1] ?? '');
    if (Id !== undefined && Target !== undefined) targets.set(Id, Target);
  }
  return [...workbook.matchAll(emptyTagPattern('sheet'))].flatMap((sheet) => {
    const found = attributes(sheet[1] ?? '');
    const target = targets.get(found['r:id'] ?? '');
    if (target === undefined) return [];
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    // exceljs reads worksheets only under this name (chart sheets are left out).
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !parts.has(part)) return [];
    return [{ state: found.state || 'visible', part }];
  });
}

/** The rows of the first visible sheet that has any; undefined when the workbook is not plain. */
export function readPlainWorkbook(bytes: Uint8Array): SheetRow[] | undefined {
  try {
    const zip = openZip(bytes);
    if (!zip) return undefined;
    const sheets = sheetsOf(zip);
    const strings = sharedStrings(plainXml(zip.text('xl/sharedStrings.xml')));
    const dates = dateStyles(plainXml(zip.text('xl/styles.xml')));
    for (const sheet of sheets) {
      if (sheet.state !== 'visible') continue;
      const rows = readSheetRows(plainXml(zip.text(sheet.part)) ?? '', strings, dates);
      if (rows.length > 0) return rows;
    }
    return undefined;
  } catch {
    // Not plain, or damaged: exceljs decides.
    return undefined;
  }
}
