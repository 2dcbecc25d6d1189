import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModelTarget, ModelType } from '../../../../../shared/models';
import { createRegisterBackend, officeUnits } from '../../../test/registerFixtures';
import { fill } from '../../../test/screen';
import { Refusal, serve } from '../../../test/serve';
import { renderModels, shippedTypes } from '../common/testing';
import { thisYear } from '../common/year';

/** Models and targets kept in memory; a target beyond the area's communes refused as main refuses it. */
function typesBackend() {
  const backend = createRegisterBackend();
  const types: ModelType[] = [...shippedTypes];
  const targets: ModelTarget[] = [];
  serve(backend, 'models.types', () => types);
  serve(backend, 'models.createType', ({ name }) => {
    types.push({ id: `type-${types.length + 1}`, builtin: null, name, archived: false });
    return types;
  });
  serve(backend, 'models.updateType', ({ id, name, archived }) => {
    const index = types.findIndex((type) => type.id === id);
    const type = types[index];
    if (!type || type.builtin) throw new Refusal('errors.notFound');
    types[index] = { ...type, name, archived };
    return types;
  });
  serve(backend, 'models.targets', ({ year }) => targets.filter((target) => target.year === year));
  serve(backend, 'models.saveTarget', (input) => {
    if (input.targetCommunes > officeUnits.length) {
      throw new Refusal('errors.invalidInput', [{ path: 'targetCommunes', message: 'validation.targetTooHigh' }]);
    }
    targets.push(input);
    return targets.filter((target) => target.year === input.year);
  });
  return backend;
}

describe('the models list', () => {
  it('marks the shipped models, adds the office’s own, renames and archives it', async () => {
    const backend = typesBackend();
    const { user } = await renderModels('/models/types', backend);
    const table = await screen.findByRole('table', { name: 'Danh mục mô hình' });
    expect(within(table).getByRole('rowheader', { name: 'Ngôi nhà an toàn Có sẵn' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Điểm giữ trẻ mùa lũ Có sẵn' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Đổi tên/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm mô hình' }));
    let dialog = screen.getByRole('dialog', { name: 'Thêm mô hình' });
    await user.click(within(dialog).getByRole('button', { name: 'Thêm mô hình' }));
    expect(within(dialog).getByLabelText('Tên mô hình')).toHaveAccessibleDescription('Mục này không được để trống.');
    expect(backend.callsTo('models.createType')).toEqual([]);
    await fill(user, within(dialog).getByLabelText('Tên mô hình'), 'Câu lạc bộ cha mẹ');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm mô hình' }));
    await waitFor(() => expect(backend.callsTo('models.createType')).toHaveLength(1));
    expect(backend.callsTo('models.createType')[0]?.input).toEqual({ name: 'Câu lạc bộ cha mẹ' });
    expect(await screen.findByText('Đã lưu mô hình Câu lạc bộ cha mẹ.')).toBeInTheDocument();
    const own = await within(table).findByRole('row', { name: /^Câu lạc bộ cha mẹ/ });
    expect(within(own).queryByText('Có sẵn')).not.toBeInTheDocument();
    expect(within(own).getByRole('cell', { name: 'Đang dùng' })).toBeInTheDocument();

    await user.click(within(own).getByRole('button', { name: 'Đổi tên Câu lạc bộ cha mẹ' }));
    dialog = screen.getByRole('dialog', { name: 'Đổi tên mô hình' });
    const name = within(dialog).getByLabelText('Tên mô hình');
    expect(name).toHaveValue('Câu lạc bộ cha mẹ');
    await user.clear(name);
    await fill(user, name, 'Câu lạc bộ cha mẹ an toàn');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(backend.callsTo('models.updateType')).toHaveLength(1));
    expect(backend.callsTo('models.updateType')[0]?.input).toEqual({ id: 'type-7', name: 'Câu lạc bộ cha mẹ an toàn', archived: false });
    const renamed = await within(table).findByRole('rowheader', { name: 'Câu lạc bộ cha mẹ an toàn' });
    expect(within(table).queryByRole('rowheader', { name: 'Câu lạc bộ cha mẹ' })).not.toBeInTheDocument();

    const row = renamed.closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Lưu trữ Câu lạc bộ cha mẹ an toàn' }));
    await waitFor(() => expect(backend.callsTo('models.updateType')).toHaveLength(2));
    expect(backend.callsTo('models.updateType')[1]?.input).toEqual({ id: 'type-7', name: 'Câu lạc bộ cha mẹ an toàn', archived: true });
    expect(await within(row).findByRole('cell', { name: 'Đã lưu trữ' })).toBeInTheDocument();
    // An archived model takes no yearly target.
    const targets = screen.getByRole('table', { name: `Chỉ tiêu năm ${thisYear()}` });
    expect(within(targets).queryByRole('rowheader', { name: 'Câu lạc bộ cha mẹ an toàn' })).not.toBeInTheDocument();
  });

  it('refuses a target beyond the area’s communes on the field, then saves one within it', async () => {
    const backend = typesBackend();
    const { user, i18n } = await renderModels('/models/types', backend);
    const year = thisYear();
    expect(await screen.findByText('Địa bàn có 2 xã, phường.')).toBeInTheDocument();
    const targets = await screen.findByRole('table', { name: `Chỉ tiêu năm ${year}` });
    const field = within(targets).getByLabelText(`Chỉ tiêu năm ${year}: Ngôi nhà an toàn`);

    await fill(user, field, '5');
    await user.click(within(targets).getByRole('button', { name: 'Lưu chỉ tiêu Ngôi nhà an toàn' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(i18n.t('validation.targetTooHigh'));
    expect(field).toHaveAccessibleDescription(/địa bàn/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(field);
    await fill(user, field, '2');
    await user.click(within(targets).getByRole('button', { name: 'Lưu chỉ tiêu Ngôi nhà an toàn' }));
    expect(await screen.findByText(`Đã lưu chỉ tiêu Ngôi nhà an toàn năm ${year}.`)).toBeInTheDocument();
    expect(backend.callsTo('models.saveTarget').map((call) => call.input)).toEqual([
      { modelTypeId: 'safeHome', year, targetCommunes: 5 },
      { modelTypeId: 'safeHome', year, targetCommunes: 2 },
    ]);
    await waitFor(() => expect(within(targets).getByLabelText(`Chỉ tiêu năm ${year}: Ngôi nhà an toàn`)).toHaveValue('2'));
    expect(within(targets).getByLabelText(`Chỉ tiêu năm ${year}: Ngôi nhà an toàn`)).not.toHaveAttribute('aria-invalid');
  });
});
