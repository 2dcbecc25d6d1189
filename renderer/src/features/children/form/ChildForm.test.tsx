import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../../shared/errors';
import type { ChildCreate, ChildUpdate } from '../../../../../shared/schemas/children';
import { createRegisterBackend, makeChild, type RegisterBackend } from '../../../test/registerFixtures';
import { renderApp } from '../../../test/renderApp';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function openNewChild(backend: RegisterBackend = createRegisterBackend()) {
  const app = await renderApp({ backend, path: '/children/new' });
  await screen.findByRole('heading', { level: 1, name: 'Thêm trẻ' });
  await screen.findByLabelText('a) Trẻ em mồ côi cả cha và mẹ');
  return app;
}

const save = (user: User) => user.click(screen.getByRole('button', { name: 'Lưu hồ sơ' }));

async function fillChild(user: User, name = 'nguyễn  thị hoa') {
  await user.type(screen.getByLabelText('Họ và tên'), name);
  await user.click(screen.getByLabelText('Nữ'));
  await user.type(screen.getByLabelText('Ngày sinh'), '5/2/2015');
  await user.selectOptions(screen.getByLabelText('Xã, phường'), 'Phường Gia Viên');
  await user.selectOptions(screen.getByLabelText('Hộ gia đình'), 'Hộ nghèo');
  await user.selectOptions(screen.getByLabelText('Học tập'), 'Tiểu học');
}

async function chooseGroupA(user: User) {
  await user.click(screen.getByLabelText('a) Trẻ em mồ côi cả cha và mẹ'));
  await user.selectOptions(screen.getByLabelText('Nhóm chi tiết (nhóm a)'), 'Đang sống cùng người thân thích');
  const start = screen.getByLabelText('Từ ngày (nhóm a)');
  await user.clear(start);
  await user.type(start, '01/09/2025');
}

const created = (backend: Pick<RegisterBackend, 'callsTo'>) => backend.callsTo('children.create').map((call) => call.input as ChildCreate);

describe('adding a child', () => {
  it('shows Vietnamese messages for an empty form, focuses the first, and saves nothing', async () => {
    const { user, backend } = await openNewChild();
    await save(user);

    const name = screen.getByLabelText('Họ và tên');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Mục này không được để trống.');
    await waitFor(() => expect(name).toHaveFocus());
    expect(screen.getByLabelText('Ngày sinh')).toHaveAccessibleDescription(expect.stringContaining('Mục này không được để trống.'));
    expect(screen.getByLabelText('Nam')).toHaveAccessibleDescription('Mục này không được để trống.');
    expect(screen.getByLabelText('Xã, phường')).toHaveAccessibleDescription('Mục này không được để trống.');
    expect(screen.getByLabelText('Hộ gia đình')).toHaveAccessibleDescription('Mục này không được để trống.');
    expect(screen.getByLabelText('b) Trẻ em bị bỏ rơi')).toHaveAccessibleDescription(
      'Hãy chọn ít nhất một nhóm hoàn cảnh đặc biệt hoặc nguy cơ.',
    );
    // Optional fields say nothing; Kinh is the default ethnicity.
    expect(screen.getByLabelText('Số định danh cá nhân')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Dân tộc')).toHaveDisplayValue('Kinh');
    expect(backend.callsTo('children.findDuplicates')).toHaveLength(0);
    expect(backend.callsTo('children.create')).toHaveLength(0);
  });

  it('keeps a wrong date as typed, with its message', async () => {
    const { user, backend } = await openNewChild();
    await fillChild(user);
    await chooseGroupA(user);
    const birth = screen.getByLabelText('Ngày sinh');
    await user.clear(birth);
    await user.type(birth, '31/02/2015');
    await user.type(screen.getByLabelText('Số định danh cá nhân'), '0012150');
    await save(user);

    await waitFor(() => expect(birth).toHaveAccessibleDescription(expect.stringContaining('Ngày không hợp lệ (dd/mm/yyyy).')));
    expect(birth).toHaveValue('31/02/2015');
    expect(screen.getByLabelText('Số định danh cá nhân')).toHaveAccessibleDescription(
      expect.stringContaining('Số định danh cá nhân gồm đúng 12 chữ số.'),
    );
    await waitFor(() => expect(birth).toHaveFocus());
    expect(backend.callsTo('children.create')).toHaveLength(0);
  });

  it('saves a child in two groups with a guardian, tidies the name, and opens the record', async () => {
    const { user, backend, router } = await openNewChild();
    await fillChild(user);
    // The name is tidied when leaving the field, not while typing (Telex/VNI stay intact).
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Nguyễn Thị Hoa');
    await chooseGroupA(user);
    await user.click(screen.getByLabelText('d) Trẻ em khuyết tật'));
    await user.click(screen.getByLabelText('Sống trong gia đình có bạo lực'));
    await user.click(screen.getByLabelText('Sống trong gia đình có bạo lực'));
    await user.click(screen.getByRole('button', { name: 'Thêm người giám hộ' }));
    const guardian = screen.getByRole('group', { name: 'Người giám hộ 1' });
    await user.type(within(guardian).getByLabelText('Họ và tên người giám hộ'), 'nguyễn văn nam');
    await user.type(within(guardian).getByLabelText('Quan hệ với trẻ'), 'Bố');
    await user.type(within(guardian).getByLabelText('Điện thoại'), '0912 345 678');
    await save(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Nguyễn Thị Hoa' })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/children\/child-new-\d+$/);
    expect(backend.callsTo('children.findDuplicates')[0]?.input).toEqual({
      id: null,
      fullName: 'Nguyễn Thị Hoa',
      birthDate: '2015-02-05',
      personalId: null,
      guardianNames: ['Nguyễn Văn Nam'],
    });
    const [input] = created(backend);
    expect(input).toMatchObject({
      fullName: 'Nguyễn Thị Hoa',
      sex: 'female',
      birthDate: '2015-02-05',
      ethnicityList: '2008',
      ethnicityCode: '01',
      unitId: '11329',
      householdStatus: 'poor',
      schoolLevel: 'primary',
      notDuplicateOf: [],
      guardians: [{ fullName: 'Nguyễn Văn Nam', relation: 'Bố', phone: '0912345678', personalId: null, livesWithChild: true }],
    });
    expect(input?.memberships).toEqual([
      { kind: 'group', code: 'a', subgroupCode: 'a3', startDate: '2025-09-01', note: null },
      { kind: 'group', code: 'd', subgroupCode: null, startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), note: null },
    ]);
  });

  it('warns of a possible duplicate and, on "vẫn lưu", saves remembering the decision', async () => {
    const existing = makeChild({ id: 'c-old', fullName: 'Nguyễn Thị Hoa', birthDate: '2015-02-05', unitName: 'Phường Ngô Quyền' });
    const { user, backend } = await openNewChild(createRegisterBackend({ children: [existing] }));
    await fillChild(user, 'Nguyen Thi Hoa');
    await chooseGroupA(user);
    await save(user);

    const dialog = await screen.findByRole('dialog', { name: 'Có thể trẻ này đã có trong sổ' });
    const row = within(dialog).getByRole('row', { name: /Nguyễn Thị Hoa/ });
    expect(row).toHaveTextContent('05/02/2015');
    expect(row).toHaveTextContent('Phường Ngô Quyền');
    expect(row).toHaveTextContent('Họ tên gần giống, cùng ngày sinh');
    expect(within(dialog).getByRole('button', { name: 'Quay lại' })).toHaveFocus();
    expect(backend.callsTo('children.create')).toHaveLength(0);

    // The existing record can be looked at without leaving the form.
    await user.click(within(dialog).getByRole('button', { name: 'Xem hồ sơ Nguyễn Thị Hoa' }));
    const preview = await within(dialog).findByRole('region', { name: 'Hồ sơ Nguyễn Thị Hoa' });
    expect(preview).toHaveTextContent('Đặng Văn Lâm (Bố)');

    await user.click(within(dialog).getByRole('button', { name: 'Đây là trẻ khác, vẫn lưu' }));
    await screen.findByRole('heading', { level: 1, name: 'Nguyen Thi Hoa' });
    expect(created(backend)).toHaveLength(1);
    expect(created(backend)[0]?.notDuplicateOf).toEqual(['c-old']);
  });

  it('goes back to the form, keeping what was typed, on "Quay lại"', async () => {
    const existing = makeChild({ id: 'c-old', fullName: 'Nguyễn Thị Hoa', birthDate: '2015-02-05' });
    const { user, backend } = await openNewChild(createRegisterBackend({ children: [existing] }));
    await fillChild(user);
    await chooseGroupA(user);
    await save(user);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Quay lại' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Nguyễn Thị Hoa');
    expect(backend.callsTo('children.create')).toHaveLength(0);
  });

  it('does not offer to save a child whose personal ID is already in the register', async () => {
    const existing = makeChild({ id: 'c-old', fullName: 'Trần Văn Sơn', personalId: '031215000123' });
    const { user } = await openNewChild(createRegisterBackend({ children: [existing] }));
    await fillChild(user);
    await chooseGroupA(user);
    await user.type(screen.getByLabelText('Số định danh cá nhân'), '031215000123');
    await save(user);

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('row', { name: /Trần Văn Sơn/ })).toHaveTextContent('Trùng số định danh cá nhân');
    expect(within(dialog).queryByRole('button', { name: 'Đây là trẻ khác, vẫn lưu' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Quay lại' }));
    const personalId = screen.getByLabelText('Số định danh cá nhân');
    expect(personalId).toHaveAccessibleDescription(expect.stringContaining('Số định danh cá nhân này đã có trong sổ, ở hồ sơ của một trẻ khác.'));
    await waitFor(() => expect(personalId).toHaveFocus());
  });

  it("puts main's same-personal-ID refusal on the personal ID field", async () => {
    const backend = createRegisterBackend();
    // As main refuses it (main/services/children/write.ts).
    backend.override('children.create', () =>
      fail('errors.duplicatePersonalId', [{ path: 'personalId', message: 'validation.personalIdTaken' }]),
    );
    const { user } = await openNewChild(backend);
    await fillChild(user);
    await chooseGroupA(user);
    await user.type(screen.getByLabelText('Số định danh cá nhân'), '031215000123');
    await save(user);

    const personalId = screen.getByLabelText('Số định danh cá nhân');
    await waitFor(() => expect(personalId).toHaveAttribute('aria-invalid', 'true'));
    expect(personalId).toHaveAccessibleDescription(expect.stringContaining('Số định danh cá nhân này đã có trong sổ, ở hồ sơ của một trẻ khác.'));
    await waitFor(() => expect(personalId).toHaveFocus());
    expect(personalId).toHaveValue('031215000123');
    expect(screen.getByRole('heading', { level: 1, name: 'Thêm trẻ' })).toBeInTheDocument();
  });

  it('checks a group start date against the birth date and the 16th birthday before sending', async () => {
    const { user, backend } = await openNewChild();
    await fillChild(user);
    const birth = screen.getByLabelText('Ngày sinh');
    await user.clear(birth);
    // 16 years old since 05/02/2024, whatever today is.
    await user.type(birth, '05/02/2008');
    await chooseGroupA(user);
    await save(user);

    const start = screen.getByLabelText('Từ ngày (nhóm a)');
    await waitFor(() => expect(start).toHaveAccessibleDescription(expect.stringContaining('Ngày vào diện phải trước ngày trẻ đủ 16 tuổi.')));
    expect(start).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(start).toHaveFocus());
    expect(birth).not.toHaveAttribute('aria-invalid');

    await user.clear(start);
    await user.type(start, '04/02/2008');
    await save(user);
    await waitFor(() => expect(start).toHaveAccessibleDescription(expect.stringContaining('Ngày vào diện không được trước ngày sinh của trẻ.')));
    expect(backend.callsTo('children.findDuplicates')).toHaveLength(0);
    expect(backend.callsTo('children.create')).toHaveLength(0);

    // The day before the 16th birthday is still childhood.
    await user.clear(start);
    await user.type(start, '04/02/2024');
    await save(user);
    await waitFor(() => expect(created(backend)).toHaveLength(1));
    expect(created(backend)[0]?.memberships[0]?.startDate).toBe('2024-02-04');
  });

  it("puts main's refusal of a start date on that group's date field", async () => {
    const backend = createRegisterBackend();
    // As main refuses it (main/services/children/rules.ts): the second membership's start.
    backend.override('children.create', () =>
      fail('errors.invalidInput', [{ path: 'memberships.1.startDate', message: 'validation.startAfter16' }]),
    );
    const { user } = await openNewChild(backend);
    await fillChild(user);
    await chooseGroupA(user);
    await user.click(screen.getByLabelText('d) Trẻ em khuyết tật'));
    await save(user);

    const startD = screen.getByLabelText('Từ ngày (nhóm d)');
    await waitFor(() => expect(startD).toHaveAccessibleDescription(expect.stringContaining('Ngày vào diện phải trước ngày trẻ đủ 16 tuổi.')));
    await waitFor(() => expect(startD).toHaveFocus());
    expect(screen.getByLabelText('Từ ngày (nhóm a)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('heading', { level: 1, name: 'Thêm trẻ' })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved edits', async () => {
    const { user, router } = await openNewChild();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê');
    await user.click(screen.getByRole('link', { name: 'Hủy' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await user.click(within(dialog).getByRole('button', { name: 'Ở lại trang' }));
    expect(router.state.location.pathname).toBe('/children/new');
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Lê');
  });
});

describe('editing a child', () => {
  it('loads the record, saves the changes and shows the record', async () => {
    const backend = createRegisterBackend({ children: [makeChild({ id: 'c-1', personalId: '031215000999' })] });
    const { user, router } = await renderApp({ backend, path: '/children/c-1/edit' });
    await screen.findByRole('heading', { level: 1, name: 'Sửa hồ sơ' });
    const name = await screen.findByLabelText('Họ và tên');
    expect(name).toHaveValue('Đặng Thị Hoa');
    expect(screen.getByLabelText('Ngày sinh')).toHaveValue('14/03/2015');
    expect(screen.getByLabelText('Nữ')).toBeChecked();
    expect(screen.queryByLabelText('a) Trẻ em mồ côi cả cha và mẹ')).not.toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'Đặng Thị Hoà');
    await user.clear(screen.getByLabelText('Lớp'));
    await user.type(screen.getByLabelText('Lớp'), '6A');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    await screen.findByRole('heading', { level: 1, name: 'Đặng Thị Hoà' });
    expect(router.state.location.pathname).toBe('/children/c-1');
    expect(backend.callsTo('children.findDuplicates')).toHaveLength(0);
    const update = backend.callsTo('children.update')[0]?.input as ChildUpdate;
    expect(update).toMatchObject({ id: 'c-1', fullName: 'Đặng Thị Hoà', schoolClass: '6A', personalId: '031215000999', birthDate: '2015-03-14' });
    expect(update).not.toHaveProperty('memberships');
  });
});
