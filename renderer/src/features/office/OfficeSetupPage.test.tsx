import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../shared/errors';
import { createFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

async function openSetup() {
  const app = await renderApp();
  await screen.findByRole('heading', { name: 'Thiết lập đơn vị' });
  // The province list arrives asynchronously.
  await screen.findByRole('option', { name: 'Thành phố Hải Phòng' });
  return app;
}

async function fillTexts(user: Awaited<ReturnType<typeof openSetup>>['user']) {
  await user.type(screen.getByLabelText('Tên đơn vị'), 'PHÒNG VĂN HÓA – XÃ HỘI');
  await user.type(screen.getByLabelText('Cơ quan chủ quản'), 'UBND PHƯỜNG NGÔ QUYỀN');
  await user.type(screen.getByLabelText('Nơi nhận báo cáo cấp tỉnh'), 'Sở Y tế thành phố Hải Phòng');
  await user.type(screen.getByLabelText('Địa danh ghi trên văn bản'), 'Ngô Quyền');
  await user.type(screen.getByLabelText('Họ tên thủ trưởng'), 'Nguyễn Văn An');
  await user.type(screen.getByLabelText('Người lập biểu'), '  Trần Thị Bình ');
}

describe('office setup', () => {
  it('is the only screen before the office exists', async () => {
    await openSetup();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu và bắt đầu' })).toBeInTheDocument();
  });

  it('shows Vietnamese messages for an empty form and does not save', async () => {
    const { user, backend } = await openSetup();
    await user.click(screen.getByRole('button', { name: 'Lưu và bắt đầu' }));

    const name = screen.getByLabelText('Tên đơn vị');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Mục này không được để trống.'));
    expect(screen.getByLabelText('Tỉnh, thành phố')).toHaveAccessibleDescription('Hãy chọn tỉnh, thành phố.');
    // Focus goes to the first field to fix, in page order.
    await waitFor(() => expect(screen.getByLabelText('Tỉnh, thành phố')).toHaveFocus());
    expect(screen.getByText('Hãy chọn ít nhất một xã, phường.')).toBeInTheDocument();
    expect(screen.getAllByText('Mục này không được để trống.')).toHaveLength(6);
    // The usual head title is filled in already.
    expect(screen.getByLabelText('Chức danh thủ trưởng')).toHaveValue('TRƯỞNG PHÒNG');
    expect(screen.getByLabelText('Chức danh thủ trưởng')).not.toHaveAttribute('aria-invalid');
    expect(backend.callsTo('office.save')).toHaveLength(0);
  });

  it('lists the wards of a chosen legacy district, all checked, with the communes they became', async () => {
    const { user } = await openSetup();
    await user.selectOptions(screen.getByLabelText('Tỉnh, thành phố'), 'Thành phố Hải Phòng');
    await user.click(screen.getByLabelText('Huyện, quận, thị xã cũ (trước 01/7/2025)'));

    const district = await screen.findByLabelText('Đơn vị cấp huyện cũ');
    // A district of a merged province says which old province it was in.
    expect(within(district).getByRole('option', { name: 'Thị xã Kinh Môn (Tỉnh Hải Dương cũ)' })).toBeInTheDocument();
    await user.selectOptions(district, 'Quận Ngô Quyền');

    const wards = await screen.findByRole('group', { name: 'Xã, phường, thị trấn của huyện cũ' });
    const boxes = within(wards).getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    await waitFor(() => boxes.forEach((box) => expect(box).toBeChecked()));
    expect(within(wards).getByText('Đã chọn 3/3')).toBeInTheDocument();
    expect(within(wards).getByLabelText('Phường Cầu Đất')).toHaveAccessibleDescription(
      'nay thuộc Phường Gia Viên, Phường Lê Chân',
    );
  });

  it('saves a legacy district area with its ward ids; a province opens on the import of the offices\' files', async () => {
    const { user, backend } = await openSetup();
    await user.selectOptions(screen.getByLabelText('Tỉnh, thành phố'), 'Thành phố Hải Phòng');
    await user.click(screen.getByLabelText('Huyện, quận, thị xã cũ (trước 01/7/2025)'));
    await user.selectOptions(await screen.findByLabelText('Đơn vị cấp huyện cũ'), 'Quận Ngô Quyền');
    const wards = await screen.findByRole('group', { name: 'Xã, phường, thị trấn của huyện cũ' });
    await waitFor(() => expect(within(wards).getByLabelText('Phường Máy Tơ')).toBeChecked());
    await user.click(within(wards).getByLabelText('Phường Máy Tơ'));
    await user.click(screen.getByLabelText('Cấp tỉnh (tổng hợp)'));
    await fillTexts(user);
    await user.click(screen.getByRole('button', { name: 'Lưu và bắt đầu' }));

    await screen.findByRole('heading', { name: 'Nhập số liệu', level: 1 });
    const saves = backend.callsTo('office.save');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.input).toEqual({
      mode: 'province',
      provinceCode: '31',
      area: { kind: 'legacyDistrict', districtId: 'hai-phong/quan-ngo-quyen', wardIds: ['11311', '11320'] },
      name: 'PHÒNG VĂN HÓA – XÃ HỘI',
      parentAgency: 'UBND PHƯỜNG NGÔ QUYỀN',
      receiver: 'Sở Y tế thành phố Hải Phòng',
      placeName: 'Ngô Quyền',
      headTitle: 'TRƯỞNG PHÒNG',
      headName: 'Nguyễn Văn An',
      preparerName: 'Trần Thị Bình',
    });
    expect(screen.getByRole('link', { name: 'Nhập số liệu các đơn vị' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('banner')).toHaveTextContent('UBND PHƯỜNG NGÔ QUYỀN');
  });

  it('filters the current communes and counts the choice', async () => {
    const { user, backend } = await openSetup();
    await user.selectOptions(screen.getByLabelText('Tỉnh, thành phố'), 'Thành phố Hải Phòng');
    const list = await screen.findByRole('group', { name: 'Xã, phường thuộc địa bàn' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(5);
    expect(within(list).getByText('Đã chọn 0/5')).toBeInTheDocument();

    const filter = within(list).getByLabelText('Lọc danh sách xã, phường');
    await user.type(filter, 'ngo quyen');
    expect(within(list).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: 'Chọn các mục đang hiện' }));
    await user.keyboard('{Escape}'); // no effect: focus is on the button
    await user.click(filter);
    await user.keyboard('{Escape}');
    expect(filter).toHaveValue('');
    expect(within(list).getAllByRole('checkbox')).toHaveLength(5);
    await user.click(within(list).getByLabelText('Xã An Hưng'));
    expect(within(list).getByText('Đã chọn 2/5')).toBeInTheDocument();

    await fillTexts(user);
    await user.click(screen.getByRole('button', { name: 'Lưu và bắt đầu' }));
    await screen.findByRole('heading', { name: 'Trẻ em', level: 1 });
    expect(backend.callsTo('office.save')[0]?.input).toMatchObject({
      mode: 'office',
      area: { kind: 'communes', communeCodes: ['11311', '11935'] },
    });
  });

  it('shows an error from main translated, marks the field, and keeps the input', async () => {
    const backend = createFakeBackend();
    backend.override('office.save', () =>
      fail('errors.areaMismatch', [{ path: 'area.communeCodes', message: 'validation.communesRequired' }]),
    );
    const { user } = await renderApp({ backend });
    await screen.findByRole('option', { name: 'Thành phố Hải Phòng' });
    await user.selectOptions(screen.getByLabelText('Tỉnh, thành phố'), 'Thành phố Hải Phòng');
    await user.click(await screen.findByLabelText('Phường Lê Chân'));
    await fillTexts(user);
    await user.click(screen.getByRole('button', { name: 'Lưu và bắt đầu' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Chưa lưu được. Địa bàn đã chọn không khớp với tỉnh, thành phố hoặc danh mục đơn vị hành chính.',
    );
    expect(screen.getByText('Hãy chọn ít nhất một xã, phường.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Lọc danh sách xã, phường')).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'Thiết lập đơn vị' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tên đơn vị')).toHaveValue('PHÒNG VĂN HÓA – XÃ HỘI');
    expect(screen.getByLabelText('Phường Lê Chân')).toBeChecked();
    expect(backend.state.office).toBeNull();
  });
});
