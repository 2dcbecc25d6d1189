import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../shared/errors';
import type { CampaignInput } from '../../../../shared/schemas/gifts';
import { renderApp } from '../../test/renderApp';
import { createGiftBackend, makeCampaign, type GiftBackend } from './testing';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function openNewCampaign(backend: GiftBackend = createGiftBackend()) {
  const app = await renderApp({ backend, path: '/gifts/new' });
  await screen.findByRole('heading', { level: 1, name: 'Tạo đợt quà' });
  await screen.findByLabelText('Tên đợt quà');
  return app;
}

const created = (backend: Pick<GiftBackend, 'callsTo'>) => backend.callsTo('gifts.createCampaign').map((call) => call.input as CampaignInput);
const save = (user: User) => user.click(screen.getByRole('button', { name: 'Tạo đợt quà' }));

async function fillAbout(user: User) {
  await user.type(screen.getByLabelText('Tên đợt quà'), 'Tặng quà Tết Nguyên đán 2027');
  await user.selectOptions(screen.getByLabelText('Dịp'), 'Tết Nguyên đán');
  const year = screen.getByLabelText('Năm');
  await user.clear(year);
  await user.type(year, '2027');
  await user.type(screen.getByLabelText('Ngày bắt đầu'), '20/01/2027');
  await user.type(screen.getByLabelText('Ngày kết thúc'), '05/02/2027');
}

describe('creating a gift campaign', () => {
  it('sends the campaign with money parsed, the budget shown as the sum of its sources, and opens it', async () => {
    const { user, backend, router } = await openNewCampaign();
    await fillAbout(user);
    await user.type(screen.getByLabelText('Tiền mặt mỗi suất (đồng)'), '300.000');
    await user.type(screen.getByLabelText('Quà hiện vật'), 'Bánh kẹo, sữa');
    const goods = screen.getByLabelText('Giá trị hiện vật mỗi suất (đồng)');
    await user.type(goods, '200000');
    await user.tab();
    // A plain amount is shown grouped once the field is left.
    expect(goods).toHaveValue('200.000');

    const first = screen.getByRole('group', { name: 'Nguồn 1' });
    expect(within(first).getByLabelText('Loại nguồn')).toHaveDisplayValue('Quỹ Bảo trợ trẻ em');
    await user.type(within(first).getByLabelText('Số tiền (đồng)'), '10.000.000');
    await user.click(screen.getByRole('button', { name: 'Thêm nguồn kinh phí' }));
    const second = screen.getByRole('group', { name: 'Nguồn 2' });
    await user.selectOptions(within(second).getByLabelText('Loại nguồn'), 'Nhà tài trợ');
    await user.type(within(second).getByLabelText('Tên nhà tài trợ'), 'Công ty TNHH Hòa Phát Đạt');
    await user.type(within(second).getByLabelText('Số tiền (đồng)'), '5.500.000 đ');
    expect(screen.getByText('15.500.000 ₫')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm mức quà riêng cho một nhóm' }));
    const rate = screen.getByRole('group', { name: 'Mức riêng 1' });
    await user.selectOptions(within(rate).getByLabelText('Nhóm hoàn cảnh'), 'a) Trẻ em mồ côi cả cha và mẹ');
    await user.type(within(rate).getByLabelText('Tiền mặt (đồng)'), '700.000');

    await save(user);
    await waitFor(() => expect(created(backend)).toHaveLength(1));
    expect(created(backend)[0]).toEqual({
      name: 'Tặng quà Tết Nguyên đán 2027',
      occasion: 'tet',
      year: 2027,
      startDate: '2027-01-20',
      endDate: '2027-02-05',
      cashPerChild: 300_000,
      goodsDescription: 'Bánh kẹo, sữa',
      goodsValuePerChild: 200_000,
      funding: [
        { kind: 'childFund', sponsorName: null, amount: 10_000_000 },
        { kind: 'sponsor', sponsorName: 'Công ty TNHH Hòa Phát Đạt', amount: 5_500_000 },
      ],
      groupRates: [{ groupCode: 'a', cash: 700_000, goodsValue: 0 }],
      note: null,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tặng quà Tết Nguyên đán 2027' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/gifts/camp-new-1');
    expect(screen.getByLabelText('Kinh phí')).toHaveTextContent('Tổng kinh phí15.500.000 ₫');
  });

  it('checks the form before sending: Vietnamese messages beside the fields, focus on the first', async () => {
    const { user, backend } = await openNewCampaign();
    await user.type(screen.getByLabelText('Ngày bắt đầu'), '31/02/2027');
    await user.type(screen.getByLabelText('Tiền mặt mỗi suất (đồng)'), '300,000');
    await save(user);

    const name = screen.getByLabelText('Tên đợt quà');
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('Mục này không được để trống.')));
    await waitFor(() => expect(name).toHaveFocus());
    expect(screen.getByLabelText('Dịp')).toHaveAccessibleDescription('Mục này không được để trống.');
    expect(screen.getByLabelText('Ngày bắt đầu')).toHaveAccessibleDescription(expect.stringContaining('Ngày không hợp lệ (dd/mm/yyyy).'));
    expect(screen.getByLabelText('Tiền mặt mỗi suất (đồng)')).toHaveAccessibleDescription(
      expect.stringContaining('Số tiền phải là số nguyên không âm, tính bằng đồng.'),
    );
    expect(screen.getByLabelText('Số tiền (đồng)')).toHaveAccessibleDescription(
      expect.stringContaining('Số tiền phải là số nguyên không âm, tính bằng đồng.'),
    );
    expect(created(backend)).toEqual([]);
  });

  it('asks for the gift and the sponsor name when they are missing', async () => {
    const { user, backend } = await openNewCampaign();
    await fillAbout(user);
    await user.selectOptions(screen.getByLabelText('Loại nguồn'), 'Nhà tài trợ');
    await user.type(screen.getByLabelText('Số tiền (đồng)'), '1.000.000');
    await save(user);

    const cash = screen.getByLabelText('Tiền mặt mỗi suất (đồng)');
    await waitFor(() =>
      expect(cash).toHaveAccessibleDescription(expect.stringContaining('Hãy ghi số tiền hoặc giá trị hiện vật của mỗi suất quà.')),
    );
    expect(screen.getByLabelText('Tên nhà tài trợ')).toHaveAccessibleDescription('Hãy ghi tên nhà tài trợ.');
    expect(created(backend)).toEqual([]);
  });

  it('shows a field main refused beside that field, in Vietnamese', async () => {
    const backend = createGiftBackend();
    backend.override('gifts.createCampaign', () => fail('errors.invalidInput', [{ path: 'funding.0.amount', message: 'validation.money' }]));
    const { user } = await openNewCampaign(backend);
    await fillAbout(user);
    await user.type(screen.getByLabelText('Tiền mặt mỗi suất (đồng)'), '500.000');
    const amount = screen.getByLabelText('Số tiền (đồng)');
    await user.type(amount, '20.000.000');
    await save(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Thông tin nhập chưa hợp lệ. Hãy kiểm tra các mục được đánh dấu.');
    await waitFor(() => expect(amount).toHaveAccessibleDescription(expect.stringContaining('Số tiền phải là số nguyên không âm, tính bằng đồng.')));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(amount).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Tạo đợt quà' })).toBeInTheDocument();
  });
});

describe('editing a campaign', () => {
  it('offers a frozen campaign\'s name and dates only, and sends its gift and funding unchanged', async () => {
    const campaign = makeCampaign({
      status: 'frozen',
      frozenAt: '2026-11-21T08:00:00.000Z',
      funding: [
        { id: 'f-1', kind: 'childFund', sponsorName: null, amount: 10_000_000 },
        { id: 'f-2', kind: 'sponsor', sponsorName: 'Ngân hàng Bình Minh', amount: 2_000_000 },
      ],
    });
    const backend = createGiftBackend({ campaign });
    const { user } = await renderApp({ backend, path: '/gifts/camp-1/edit' });
    const name = await screen.findByLabelText('Tên đợt quà');
    expect(screen.queryByLabelText('Tiền mặt mỗi suất (đồng)')).not.toBeInTheDocument();
    expect(screen.getByText(/Danh sách đã chốt nên không đổi được mức quà/)).toBeInTheDocument();
    expect(screen.getByText('Ngân hàng Bình Minh: 2.000.000 ₫')).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'Quà Tết 2027');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(backend.callsTo('gifts.updateCampaign')).toHaveLength(1));
    expect(backend.callsTo('gifts.updateCampaign')[0]?.input).toMatchObject({
      id: 'camp-1',
      name: 'Quà Tết 2027',
      cashPerChild: 300_000,
      goodsValuePerChild: 200_000,
      funding: [
        { kind: 'childFund', sponsorName: null, amount: 10_000_000 },
        { kind: 'sponsor', sponsorName: 'Ngân hàng Bình Minh', amount: 2_000_000 },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Quà Tết 2027' })).toBeInTheDocument();
  });

  it('shows a frozen campaign\'s occasion and year read-only, and sends them back unchanged', async () => {
    const campaign = makeCampaign({ status: 'frozen', frozenAt: '2026-11-21T08:00:00.000Z', occasion: 'midAutumn', year: 2026, name: 'Trung thu 2026' });
    const backend = createGiftBackend({ campaign });
    const { user } = await renderApp({ backend, path: '/gifts/camp-1/edit' });
    await screen.findByLabelText('Tên đợt quà');

    const occasion = screen.getByLabelText('Dịp');
    const year = screen.getByLabelText('Năm');
    expect(occasion).not.toBeInstanceOf(HTMLSelectElement);
    expect(occasion).toHaveAttribute('readonly');
    expect(occasion).toHaveValue('Tết Trung thu');
    expect(occasion).toHaveAccessibleDescription('Danh sách đã chốt nên không đổi được dịp và năm.');
    expect(year).toHaveAttribute('readonly');
    expect(year).toHaveValue('2026');
    expect(year).toHaveAccessibleDescription('Danh sách đã chốt nên không đổi được dịp và năm.');

    await user.type(year, '7');
    await user.type(occasion, 'x');
    expect(year).toHaveValue('2026');
    expect(occasion).toHaveValue('Tết Trung thu');
    await user.type(screen.getByLabelText('Ghi chú'), 'Phát tại nhà văn hóa');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(backend.callsTo('gifts.updateCampaign')).toHaveLength(1));
    expect(backend.callsTo('gifts.updateCampaign')[0]?.input).toMatchObject({
      id: 'camp-1',
      occasion: 'midAutumn',
      year: 2026,
      note: 'Phát tại nhà văn hóa',
    });
  });

  it('still offers a draft campaign\'s occasion and year for change', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign() });
    const { user } = await renderApp({ backend, path: '/gifts/camp-1/edit' });
    await screen.findByLabelText('Tên đợt quà');
    expect(screen.getByLabelText('Dịp')).toBeInstanceOf(HTMLSelectElement);
    expect(screen.getByLabelText('Năm')).not.toHaveAttribute('readonly');
    expect(screen.queryByText('Danh sách đã chốt nên không đổi được dịp và năm.')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Dịp'), 'Tết Trung thu');
    const year = screen.getByLabelText('Năm');
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(backend.callsTo('gifts.updateCampaign')).toHaveLength(1));
    expect(backend.callsTo('gifts.updateCampaign')[0]?.input).toMatchObject({ id: 'camp-1', occasion: 'midAutumn', year: 2026 });
  });
});
