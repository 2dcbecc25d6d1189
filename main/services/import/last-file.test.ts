import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetLastFile, identify, keepFile, keepFor, lastRows, lastTable } from './last-file';
import type { SheetTable } from './sheet-table';

afterEach(() => {
  forgetLastFile();
  vi.useRealTimers();
});

describe('the last previewed file', () => {
  it('is kept for its commit, then forgotten when the import is left half-way', () => {
    vi.useFakeTimers();
    const file = identify('danh-sach.xlsx', new TextEncoder().encode('bytes'));
    const table = { headers: [], rows: [] } as unknown as SheetTable;
    keepFile(file, table, 'mapping-1', []);
    expect(lastTable(file)).toBe(table);
    expect(lastRows(file, 'mapping-1')).toEqual([]);
    vi.advanceTimersByTime(keepFor - 1);
    expect(lastTable(file)).toBe(table);
    vi.advanceTimersByTime(1);
    expect(lastTable(file)).toBeNull();
    expect(lastRows(file, 'mapping-1')).toBeNull();
  });

  it('is kept longer by a new preview, and not at all for another file', () => {
    vi.useFakeTimers();
    const file = identify('a.csv', new TextEncoder().encode('a'));
    const table = { headers: [], rows: [] } as unknown as SheetTable;
    keepFile(file, table, 'k', []);
    vi.advanceTimersByTime(keepFor - 10);
    keepFile(file, table, 'k', []);
    vi.advanceTimersByTime(keepFor - 10);
    expect(lastTable(file)).toBe(table);
    expect(lastTable(identify('a.csv', new TextEncoder().encode('b')))).toBeNull();
  });
});
