import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRegisterBackend, makeChild } from '../../../test/registerFixtures';
import { renderApp } from '../../../test/renderApp';

// A fixed "today", 22/11/2026; only Date is faked, so timers and user events run as usual.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T09:00:00'));
});
afterEach(() => vi.useRealTimers());

async function openChild(child = makeChild({ id: 'c-1' }), tab?: string) {
  const backend = createRegisterBackend({ children: [child] });
  const app = await renderApp({ backend, path: `/children/${child.id}${tab ? `?tab=${tab}` : ''}` });
  await screen.findByRole('heading', { level: 1, name: child.fullName });
  return app;
}

describe('a child at 16', () => {
  it('prompts to close the record and closes it with "turned16" on the 16th birthday', async () => {
    const { user, backend } = await openChild(makeChild({ id: 'c-16', fullName: 'Bùi Văn Khánh', birthDate: '2010-05-04' }));
    expect(screen.getByText('16 tuổi')).toBeInTheDocument();
    expect(screen.getByText('Trẻ đã đủ 16 tuổi ngày 04/05/2026. Đóng hồ sơ với lý do “Đủ 16 tuổi”?')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Đóng hồ sơ: đủ 16 tuổi' }));

    await waitFor(() => expect(backend.callsTo('children.close')).toHaveLength(1));
    expect(backend.callsTo('children.close')[0]?.input).toEqual({ id: 'c-16', reason: 'turned16', date: '2026-05-04', note: null });
    expect(await screen.findByText('Đã đóng hồ sơ.')).toBeInTheDocument();
    expect(screen.getByText('Đã ra khỏi danh sách', { selector: '.status-badge' })).toBeInTheDocument();
    expect(screen.queryByText(/Trẻ đã đủ 16 tuổi ngày/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mở lại hồ sơ' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.getByText('Ngày ra khỏi danh sách').nextElementSibling).toHaveTextContent('04/05/2026');
  });

  it('tells ahead when the child turns 16 within 90 days, without the prompt', async () => {
    await openChild(makeChild({ id: 'c-15', fullName: 'Đỗ Thị Lan', birthDate: '2011-01-15' }));
    expect(screen.getByText('15 tuổi')).toBeInTheDocument();
    expect(screen.getByText('Trẻ sẽ đủ 16 tuổi ngày 15/01/2027; từ ngày đó hồ sơ cần được đóng.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đóng hồ sơ: đủ 16 tuổi' })).not.toBeInTheDocument();
  });

  it('says nothing of 16 for a younger child', async () => {
    await openChild();
    expect(screen.getByText('11 tuổi')).toBeInTheDocument();
    expect(screen.queryByText(/16 tuổi ngày/)).not.toBeInTheDocument();
  });
});

describe('the record', () => {
  it('has tabs that the arrow keys move between, and shows the profile first', async () => {
    const { user, router } = await openChild();
    const tabs = screen.getByRole('tablist', { name: 'Hồ sơ của trẻ' });
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Hồ sơ', 'Hoàn cảnh', 'Thăm hỏi', 'Hỗ trợ']);
    expect(within(tabs).getByRole('tab', { name: 'Hồ sơ' })).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Hồ sơ' });
    expect(within(panel).getByText('Số giấy khai sinh').nextElementSibling).toHaveTextContent('—');
    expect(within(panel).getByRole('row', { name: /Đặng Văn Lâm/ })).toHaveTextContent('0912345678');

    within(tabs).getByRole('tab', { name: 'Hồ sơ' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(tabs).getByRole('tab', { name: 'Hoàn cảnh' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Hoàn cảnh' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=circumstances');
    await user.keyboard('{End}');
    expect(screen.getByRole('tabpanel', { name: 'Hỗ trợ' })).toHaveTextContent('Hỗ trợ từ Quỹ Bảo trợ trẻ em');
  });

  it('closes with a reason and a date from the dialog, and reopens', async () => {
    const { user, backend } = await openChild();
    await user.click(screen.getByRole('button', { name: 'Đóng hồ sơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Đóng hồ sơ' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đóng hồ sơ' }));
    expect(await within(dialog).findByText('Mục này không được để trống.')).toBeInTheDocument();
    expect(backend.callsTo('children.close')).toHaveLength(0);

    await user.selectOptions(within(dialog).getByLabelText('Lý do'), 'Chuyển đi nơi khác');
    const date = within(dialog).getByLabelText('Ngày ra khỏi danh sách');
    expect(date).toHaveValue('22/11/2026');
    await user.clear(date);
    await user.type(date, '20/11/2026');
    await user.type(within(dialog).getByLabelText('Ghi chú'), 'Theo mẹ về Hà Nội');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đóng hồ sơ' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.callsTo('children.close')[0]?.input).toEqual({
      id: 'c-1',
      reason: 'movedAway',
      date: '2026-11-20',
      note: 'Theo mẹ về Hà Nội',
    });

    await user.click(screen.getByRole('button', { name: 'Mở lại hồ sơ' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Mở lại' }));
    await screen.findByText('Đã mở lại hồ sơ.');
    expect(backend.callsTo('children.reopen')[0]?.input).toEqual({ id: 'c-1' });
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/children/c-1/edit');
  });

  it('shows a refusal of the date by main beside the date field', async () => {
    const { user, backend } = await openChild();
    backend.override('children.close', () => ({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'date', message: 'validation.leaveBeforeStart' }] },
    }));
    await user.click(screen.getByRole('button', { name: 'Đóng hồ sơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Đóng hồ sơ' });
    await user.selectOptions(within(dialog).getByLabelText('Lý do'), 'Chuyển đi nơi khác');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đóng hồ sơ' }));
    const date = within(dialog).getByLabelText('Ngày ra khỏi danh sách');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(expect.stringContaining('trước'));
  });
});

describe('circumstances', () => {
  it('lists memberships and ends one with a date and a reason', async () => {
    const { user, backend } = await openChild(makeChild({ id: 'c-1' }), 'circumstances');
    const panel = screen.getByRole('tabpanel', { name: 'Hoàn cảnh' });
    const row = await within(panel).findByRole('row', { name: /a\) Trẻ em mồ côi cả cha và mẹ/ });
    expect(row).toHaveTextContent('Đang sống cùng người thân thích');
    expect(row).toHaveTextContent('10/01/2024');

    await user.click(within(row).getByRole('button', { name: 'Kết thúc diện a) Trẻ em mồ côi cả cha và mẹ' }));
    const dialog = screen.getByRole('dialog', { name: 'Kết thúc diện hoàn cảnh' });
    const date = within(dialog).getByLabelText('Ngày kết thúc');
    await user.clear(date);
    await user.type(date, '01/11/2026');
    await user.selectOptions(within(dialog).getByLabelText('Lý do kết thúc'), 'circumstanceEnded');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận kết thúc' }));

    await screen.findByText('Đã kết thúc diện hoàn cảnh.');
    expect(backend.callsTo('memberships.end')[0]?.input).toEqual({ id: 'm-1', endDate: '2026-11-01', endReason: 'circumstanceEnded' });
    const ended = within(screen.getByRole('tabpanel')).getByRole('row', { name: /a\) Trẻ em mồ côi/ });
    expect(ended).toHaveTextContent('01/11/2026');
    expect(within(ended).queryByRole('button')).not.toBeInTheDocument();
  });

  it('adds a group from a date', async () => {
    const { user, backend } = await openChild(makeChild({ id: 'c-1' }), 'circumstances');
    await user.click(await screen.findByRole('button', { name: 'Thêm diện hoàn cảnh' }));
    const form = screen.getByRole('form', { name: 'Diện hoàn cảnh mới' });
    const choice = within(form).getByLabelText('Diện');
    // The child is in group a already: it is not offered again.
    expect(within(choice).queryByRole('option', { name: 'a) Trẻ em mồ côi cả cha và mẹ' })).not.toBeInTheDocument();
    await user.selectOptions(choice, 'd) Trẻ em khuyết tật');
    const from = within(form).getByLabelText('Từ ngày');
    await user.clear(from);
    await user.type(from, '15/10/2026');
    await user.click(within(form).getByRole('button', { name: 'Lưu diện' }));

    await screen.findByText('Đã thêm diện hoàn cảnh.');
    expect(backend.callsTo('memberships.add')[0]?.input).toEqual({
      childId: 'c-1',
      kind: 'group',
      code: 'd',
      subgroupCode: null,
      startDate: '2026-10-15',
      note: null,
    });
    expect(screen.getByRole('row', { name: /d\) Trẻ em khuyết tật/ })).toHaveTextContent('15/10/2026');
  });
});

describe('visits', () => {
  it('adds a visit, edits it and deletes it after asking', async () => {
    const { user, backend } = await openChild(makeChild({ id: 'c-1' }), 'visits');
    expect(screen.getByText('Chưa có lần thăm nào.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm lần thăm' }));
    const form = screen.getByRole('form', { name: 'Lần thăm mới' });
    expect(within(form).getByLabelText('Ngày thăm')).toHaveValue('22/11/2026');
    await user.click(within(form).getByRole('button', { name: 'Lưu lần thăm' }));
    expect(await within(form).findByText('Mục này không được để trống.')).toBeInTheDocument();
    expect(backend.callsTo('visits.add')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Người đi thăm'), 'Trần Thị Bình');
    await user.type(within(form).getByLabelText('Sức khỏe'), 'Khỏe');
    await user.click(within(form).getByRole('button', { name: 'Lưu lần thăm' }));

    expect(await screen.findByRole('heading', { name: 'Ngày 22/11/2026 – Trần Thị Bình' })).toBeInTheDocument();
    expect(backend.callsTo('visits.add')[0]?.input).toEqual({
      childId: 'c-1',
      visitDate: '2026-11-22',
      visitor: 'Trần Thị Bình',
      health: 'Khỏe',
      schooling: null,
      needs: null,
      notes: null,
    });

    await user.click(screen.getByRole('button', { name: 'Sửa lần thăm ngày 22/11/2026' }));
    const edit = screen.getByRole('form', { name: 'Sửa lần thăm' });
    await user.type(within(edit).getByLabelText('Nhu cầu'), 'Cần xe đạp đi học');
    await user.click(within(edit).getByRole('button', { name: 'Lưu lần thăm' }));
    await screen.findByText('Cần xe đạp đi học');
    expect(backend.callsTo('visits.update')[0]?.input).toMatchObject({ childId: 'c-1', needs: 'Cần xe đạp đi học' });

    await user.click(screen.getByRole('button', { name: 'Xóa lần thăm ngày 22/11/2026' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Xóa lần thăm?' });
    expect(within(confirm).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Xóa lần thăm' }));
    await screen.findByText('Đã xóa lần thăm.');
    expect(backend.callsTo('visits.delete')).toHaveLength(1);
    expect(screen.getByText('Chưa có lần thăm nào.')).toBeInTheDocument();
  });
});
