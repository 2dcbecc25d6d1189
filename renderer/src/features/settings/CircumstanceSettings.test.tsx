import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/errors';
import type { CircumstanceOption } from '../../../../shared/register';
import { circumstanceSaveSchema } from '../../../../shared/schemas/circumstances';
import { createFakeBackend, sampleOffice, type FakeBackend } from '../../test/fakeBackend';
import { circumstanceOptions } from '../../test/registerFixtures';
import { renderApp } from '../../test/renderApp';

/** A stand-in for main's list: new options get the next code of their list, as main does. */
function serveCircumstances(backend: FakeBackend) {
  const store = {
    list: circumstanceOptions.map((option): CircumstanceOption => (option.code === 'r4' ? { ...option, active: false } : { ...option })),
  };
  backend.override('codes.circumstances', () => ok(store.list));
  backend.override('codes.saveCircumstance', (raw) => {
    const parsed = circumstanceSaveSchema.safeParse(raw);
    if (!parsed.success) return fail('errors.invalidInput');
    const input = parsed.data;
    const saved = { ...input, nameEn: input.nameEn || input.nameVi };
    if (input.code === null) {
      const prefix = input.kind === 'subgroup' ? (input.groupCode ?? '') : 'r';
      const taken = store.list.filter((o) => new RegExp(`^${prefix}\\d+$`).test(o.code)).length;
      store.list = [...store.list, { ...saved, code: `${prefix}${taken + 1}` }];
    } else {
      store.list = store.list.map((o) => (o.code === input.code ? { ...o, ...saved, code: o.code } : o));
    }
    return ok(store.list);
  });
  return store;
}

async function openSettings() {
  const backend = createFakeBackend({ office: sampleOffice });
  const store = serveCircumstances(backend);
  const app = await renderApp({ backend, path: '/settings' });
  const subgroups = await screen.findByRole('region', { name: 'Nhóm chi tiết (theo Nghị định 56/2017/NĐ-CP)' });
  const atRisk = screen.getByRole('region', { name: 'Danh mục nguy cơ' });
  return { ...app, store, subgroups, atRisk };
}

const rowOf = (name: string) => {
  const row = screen.getByText(name).closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('circumstance settings', () => {
  it('lists the sub-groups under their group and the at-risk options, with their state', async () => {
    const { subgroups, atRisk } = await openSettings();
    const groupA = within(subgroups).getByRole('region', { name: 'a) Trẻ em mồ côi cả cha và mẹ' });
    expect(within(groupA).getAllByRole('listitem').map((li) => li.querySelector('.circumstance-name')?.textContent)).toEqual([
      'Không có người chăm sóc',
      'Đang được chăm sóc tại cơ sở trợ giúp xã hội, cơ sở bảo vệ trẻ em',
      'Đang sống cùng người thân thích',
      'Đang được chăm sóc thay thế bởi người không phải người thân thích (trừ nhận con nuôi)',
    ]);
    // Only groups that have sub-groups get a list.
    expect(within(subgroups).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'a) Trẻ em mồ côi cả cha và mẹ',
      'b) Trẻ em bị bỏ rơi',
      'c) Trẻ em không nơi nương tựa',
      'Thêm nhóm chi tiết',
    ]);

    expect(within(atRisk).getAllByRole('switch')).toHaveLength(5);
    const poor = rowOf('Thuộc hộ nghèo, có nguy cơ bỏ học');
    expect(within(poor).getByRole('switch', { name: 'Đang dùng: Thuộc hộ nghèo, có nguy cơ bỏ học' })).not.toBeChecked();
    expect(poor).toHaveTextContent('Ngừng dùng');
    expect(within(rowOf('Sống trong gia đình có bạo lực')).getByRole('switch')).toBeChecked();
    expect(rowOf('Sống trong gia đình có bạo lực')).not.toHaveTextContent('Ngừng dùng');
  });

  it('adds an at-risk option after a Vietnamese message for an empty name, and refreshes the list', async () => {
    const { user, backend, atRisk } = await openSettings();
    const form = within(atRisk).getByRole('form', { name: 'Thêm mục nguy cơ' });
    await user.click(within(form).getByRole('button', { name: 'Thêm' }));
    const nameVi = within(form).getByLabelText('Tên tiếng Việt');
    expect(await within(form).findByText('Mục này không được để trống.')).toBeInTheDocument();
    await waitFor(() => expect(nameVi).toHaveFocus());
    expect(backend.callsTo('codes.saveCircumstance')).toEqual([]);

    const readsBefore = backend.callsTo('codes.circumstances').length;
    await user.type(nameVi, '  Sống ở nơi thường xảy ra thiên tai ');
    await user.click(within(form).getByRole('button', { name: 'Thêm' }));

    expect(await within(atRisk).findByText('Đã thêm “Sống ở nơi thường xảy ra thiên tai”.')).toBeInTheDocument();
    expect(backend.callsTo('codes.saveCircumstance').map((c) => c.input)).toEqual([
      { code: null, kind: 'atRisk', groupCode: null, nameVi: 'Sống ở nơi thường xảy ra thiên tai', nameEn: '', active: true },
    ]);
    expect(within(atRisk).getByRole('switch', { name: 'Đang dùng: Sống ở nơi thường xảy ra thiên tai' })).toBeChecked();
    expect(nameVi).toHaveValue('');
    // The list is read again: the key the child form uses was invalidated.
    await waitFor(() => expect(backend.callsTo('codes.circumstances').length).toBeGreaterThan(readsBefore));
  });

  it('adds a sub-group only with its group, and shows it under that group', async () => {
    const { user, backend, subgroups } = await openSettings();
    const form = within(subgroups).getByRole('form', { name: 'Thêm nhóm chi tiết' });
    await user.type(within(form).getByLabelText('Tên tiếng Việt'), 'Đang được nhận làm con nuôi');
    await user.click(within(form).getByRole('button', { name: 'Thêm' }));
    expect(await within(form).findByText('Hãy chọn nhóm mà nhóm chi tiết này thuộc về.')).toBeInTheDocument();
    expect(backend.callsTo('codes.saveCircumstance')).toEqual([]);

    await user.selectOptions(within(form).getByLabelText('Thuộc nhóm'), 'b) Trẻ em bị bỏ rơi');
    await user.type(within(form).getByLabelText('Tên tiếng Anh'), 'Being adopted');
    await user.click(within(form).getByRole('button', { name: 'Thêm' }));

    const groupB = await within(subgroups).findByRole('region', { name: 'b) Trẻ em bị bỏ rơi' });
    expect(await within(groupB).findByText('Đang được nhận làm con nuôi')).toBeInTheDocument();
    expect(backend.callsTo('codes.saveCircumstance').map((c) => c.input)).toEqual([
      { code: null, kind: 'subgroup', groupCode: 'b', nameVi: 'Đang được nhận làm con nuôi', nameEn: 'Being adopted', active: true },
    ]);
  });

  it('renames an option in place, keeping its code and group, and gives focus back to "Sửa"', async () => {
    const { user, backend, subgroups } = await openSettings();
    await user.click(within(subgroups).getByRole('button', { name: 'Sửa: Đang sống cùng người thân thích' }));
    const form = within(subgroups).getByRole('form', { name: 'Sửa: Đang sống cùng người thân thích' });
    const nameVi = within(form).getByLabelText('Tên tiếng Việt');
    expect(nameVi).toHaveFocus();
    expect(within(form).getByLabelText('Tên tiếng Anh')).toHaveValue('Living with relatives');

    await user.clear(nameVi);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Mục này không được để trống.')).toBeInTheDocument();

    await user.type(nameVi, 'Đang sống cùng ông bà, họ hàng');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    const edit = await within(subgroups).findByRole('button', { name: 'Sửa: Đang sống cùng ông bà, họ hàng' });
    await waitFor(() => expect(edit).toHaveFocus());
    expect(within(subgroups).queryByText('Đang sống cùng người thân thích')).not.toBeInTheDocument();
    expect(within(subgroups).getByText('Đã lưu “Đang sống cùng ông bà, họ hàng”.')).toBeInTheDocument();
    expect(backend.callsTo('codes.saveCircumstance').map((c) => c.input)).toEqual([
      { code: 'a3', kind: 'subgroup', groupCode: 'a', nameVi: 'Đang sống cùng ông bà, họ hàng', nameEn: 'Living with relatives', active: true },
    ]);
  });

  it('cancels an edit with Escape without saving', async () => {
    const { user, backend, atRisk } = await openSettings();
    await user.click(within(atRisk).getByRole('button', { name: 'Sửa: Sống trong gia đình có bạo lực' }));
    const form = within(atRisk).getByRole('form', { name: 'Sửa: Sống trong gia đình có bạo lực' });
    await user.type(within(form).getByLabelText('Tên tiếng Việt'), ' thường xuyên');
    await user.keyboard('{Escape}');
    expect(form).not.toBeInTheDocument();
    expect(within(atRisk).getByRole('button', { name: 'Sửa: Sống trong gia đình có bạo lực' })).toHaveFocus();
    expect(backend.callsTo('codes.saveCircumstance')).toEqual([]);
  });

  it('stops and resumes using an option with its switch', async () => {
    const { user, backend, store, atRisk } = await openSettings();
    const name = 'Lao động sớm, làm việc trong điều kiện nguy hiểm';
    await user.click(within(atRisk).getByRole('switch', { name: `Đang dùng: ${name}` }));

    expect(await within(atRisk).findByText(`Đã ngừng dùng “${name}”.`)).toBeInTheDocument();
    expect(within(atRisk).getByRole('switch', { name: `Đang dùng: ${name}` })).not.toBeChecked();
    expect(rowOf(name)).toHaveTextContent('Ngừng dùng');
    expect(store.list.find((o) => o.code === 'r5')?.active).toBe(false);

    await user.click(within(atRisk).getByRole('switch', { name: 'Đang dùng: Thuộc hộ nghèo, có nguy cơ bỏ học' }));
    expect(await within(atRisk).findByText('Đã dùng lại “Thuộc hộ nghèo, có nguy cơ bỏ học”.')).toBeInTheDocument();
    expect(backend.callsTo('codes.saveCircumstance').map((c) => c.input)).toMatchObject([
      { code: 'r5', nameVi: name, active: false },
      { code: 'r4', active: true },
    ]);
  });

  it('shows main’s refusal at the field, and other failures as an alert', async () => {
    const { user, backend, atRisk } = await openSettings();
    backend.override('codes.saveCircumstance', () =>
      fail('errors.invalidInput', [{ path: 'nameVi', message: 'circumstances.duplicateName' }]),
    );
    const form = within(atRisk).getByRole('form', { name: 'Thêm mục nguy cơ' });
    await user.type(within(form).getByLabelText('Tên tiếng Việt'), 'Sống trong gia đình có bạo lực');
    await user.click(within(form).getByRole('button', { name: 'Thêm' }));
    expect(await within(form).findByText('Danh sách này đã có một mục cùng tên.')).toBeInTheDocument();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    backend.override('codes.saveCircumstance', () => fail('errors.internal'));
    await user.click(within(atRisk).getByRole('switch', { name: 'Đang dùng: Sống trong gia đình có bạo lực' }));
    const row = rowOf('Sống trong gia đình có bạo lực');
    expect(await within(row).findByRole('alert')).toHaveTextContent('Không lưu được.');
    expect(within(row).getByRole('switch')).toBeChecked();
  });
});
