import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../../../shared/errors';
import type { ChildListQuery } from '../../../../../shared/schemas/children';
import { createRegisterBackend, generatedRow, makeChild } from '../../../test/registerFixtures';
import { renderApp } from '../../../test/renderApp';
import { rowHeight } from './ChildTable';

// jsdom has no layout: give the table's scroll box a height so the virtualiser shows rows.
const viewportHeight = 400;
let restoreHeight: () => void;
beforeEach(() => {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('child-table-scroll') ? viewportHeight : 0;
    },
  });
  restoreHeight = () => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  };
});
afterEach(() => restoreHeight());

/** A register of `total` made-up children, answered page by page. */
function largeRegister(total: number) {
  const backend = createRegisterBackend();
  backend.override('children.list', (input) => {
    const { offset, limit } = input as ChildListQuery;
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => generatedRow(offset + i));
    return ok({ total, rows });
  });
  return backend;
}

const listQueries = (backend: ReturnType<typeof createRegisterBackend>) =>
  backend.callsTo('children.list').map((call) => call.input as ChildListQuery);

describe('the register list', () => {
  it('shows the count and the first rows, and loads the next page when scrolled', async () => {
    const backend = largeRegister(12_345);
    const { container } = await renderApp({ backend, path: '/children' });

    expect(await screen.findByText('12.345 trẻ')).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Danh sách trẻ em' });
    expect(grid).toHaveAttribute('aria-rowcount', '12346');
    const first = await within(grid).findByRole('row', { name: /Nguyễn Thị An/ });
    expect(first).toHaveTextContent('1');
    expect(within(first).getByRole('link', { name: 'Nguyễn Thị An' })).toHaveAttribute('href', '/children/gen-0');
    // Only what is on screen (and a little more) is in the page, not 12,345 rows.
    expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    expect(listQueries(backend).map((q) => q.offset)).toEqual([0]);

    const scroller = container.querySelector<HTMLElement>('.child-table-scroll');
    if (!scroller) throw new Error('no scroll box');
    scroller.scrollTop = 150 * rowHeight;
    fireEvent.scroll(scroller);

    await waitFor(() => expect(listQueries(backend).map((q) => q.offset)).toContain(100));
    expect(listQueries(backend).find((q) => q.offset === 100)).toMatchObject({ limit: 100, sort: 'name' });
    const row150 = await within(grid).findByRole('row', { name: new RegExp(generatedRow(150).fullName) });
    expect(row150).toHaveAttribute('aria-rowindex', '152');
  });

  it('searches as the user types, folded: no diacritics, đ → d, lower case', async () => {
    const backend = largeRegister(3);
    const { user } = await renderApp({ backend, path: '/children' });
    await screen.findByText('3 trẻ');

    await user.type(screen.getByLabelText('Tìm kiếm'), 'Đặng Thị');
    await waitFor(() => expect(listQueries(backend).at(-1)?.search).toBe('dang thi'));
    // Typing is debounced: not one query per keystroke.
    expect(listQueries(backend).filter((q) => q.search !== '').length).toBeLessThan(4);
    expect(screen.getByLabelText('Tìm kiếm')).toHaveValue('Đặng Thị');
  });

  it('puts each filter into the query', async () => {
    const backend = largeRegister(3);
    const { user } = await renderApp({ backend, path: '/children' });
    await screen.findByText('3 trẻ');
    const filters = screen.getByRole('group', { name: 'Bộ lọc' });

    await user.click(within(filters).getByText('Xã/phường'));
    await user.click(await within(filters).findByLabelText('Phường Gia Viên'));
    await user.click(within(filters).getByText('Nhóm hoàn cảnh'));
    await user.click(within(filters).getByLabelText('đ) Trẻ em nhiễm HIV/AIDS'));
    await user.click(within(filters).getByText('Trạng thái'));
    await user.click(within(filters).getByLabelText('Đang quản lý'));
    await user.click(within(filters).getByText('Hộ gia đình'));
    await user.click(within(filters).getByLabelText('Hộ cận nghèo'));
    await user.type(within(filters).getByLabelText('từ'), '6');
    await user.type(within(filters).getByLabelText('đến'), '10');
    await user.click(within(filters).getByLabelText('Sắp đủ 16 tuổi (trong 90 ngày)'));
    await user.selectOptions(within(filters).getByLabelText('Sắp xếp'), 'Ngày sinh');

    await waitFor(() =>
      expect(listQueries(backend).at(-1)).toMatchObject({
        unitIds: ['11329'],
        groupCodes: ['dd'],
        statuses: ['active'],
        householdStatuses: ['nearPoor'],
        ageMin: 6,
        ageMax: 10,
        turning16Soon: true,
        sort: 'birthDate',
        offset: 0,
      }),
    );
    expect(within(filters).getByText('đ) Trẻ em nhiễm HIV/AIDS', { selector: '.multi-select-value' })).toBeInTheDocument();

    await user.click(within(filters).getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() =>
      expect(listQueries(backend).at(-1)).toMatchObject({ unitIds: [], groupCodes: [], ageMin: null, turning16Soon: false, sort: 'birthDate' }),
    );
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const backend = createRegisterBackend({
      children: [
        makeChild({ id: 'c-an', fullName: 'Trần Văn An' }),
        makeChild({ id: 'c-binh', fullName: 'Lê Thị Bình' }),
        makeChild({ id: 'c-chi', fullName: 'Phạm Minh Chi' }),
      ],
    });
    const { user, router } = await renderApp({ backend, path: '/children' });
    const grid = await screen.findByRole('grid');
    const rows = await within(grid).findAllByRole('row', { name: /Trần Văn An|Lê Thị Bình|Phạm Minh Chi/ });
    // Vietnamese order: by given name first.
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Phạm Minh Chi']);
    expect(rows[0]).toHaveAttribute('tabindex', '0');
    expect(rows[1]).toHaveAttribute('tabindex', '-1');

    rows[0]?.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(rows[1]).toHaveFocus());
    await user.keyboard('{End}');
    await waitFor(() => expect(rows[2]).toHaveFocus());
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/c-binh'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lê Thị Bình' })).toBeInTheDocument();
  });

  it('shows the flag for children turning 16 and for those who have', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00'));
    try {
      const backend = createRegisterBackend();
      backend.override('children.list', () =>
        ok({
          total: 2,
          rows: [
            { ...generatedRow(0), fullName: 'Bùi Văn Sơn', birthDate: '2010-12-30', sixteenOn: '2026-12-30' },
            { ...generatedRow(1), fullName: 'Đỗ Thị Yến', birthDate: '2010-10-02', sixteenOn: '2026-10-02' },
          ],
        }),
      );
      await renderApp({ backend, path: '/children' });
      const soon = await screen.findByRole('row', { name: /Bùi Văn Sơn/ });
      expect(soon).toHaveTextContent('30/12/2010');
      expect(soon).toHaveTextContent('15');
      expect(soon).toHaveTextContent('Sắp đủ 16');
      expect(screen.getByRole('row', { name: /Đỗ Thị Yến/ })).toHaveTextContent('Đã đủ 16');
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers to add or import when the register is empty', async () => {
    const { user, router } = await renderApp({ backend: createRegisterBackend(), path: '/children' });
    expect(await screen.findByRole('heading', { name: 'Chưa có trẻ nào trong sổ' })).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nhập từ Excel' })).toHaveAttribute('href', '/children/import');
    await user.click(screen.getByRole('link', { name: 'Thêm trẻ' }));
    expect(router.state.location.pathname).toBe('/children/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thêm trẻ' })).toBeInTheDocument();
  });
});
