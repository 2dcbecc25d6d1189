import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../shared/format';
import { renderApp } from '../../test/renderApp';
import { createGiftBackend, makeCampaign, recipientOf, registerChildren } from './testing';

const [hoa, binh] = registerChildren;
if (!hoa || !binh) throw new Error('fixture children missing');

describe('the campaign list', () => {
  it('shows each campaign with its status, children and money, the shortfall in red', async () => {
    const campaign = makeCampaign({ budget: 800_000, funding: [{ id: 'f-1', kind: 'childFund', sponsorName: null, amount: 800_000 }] });
    const backend = createGiftBackend({ campaign, recipients: [recipientOf(hoa), recipientOf(binh)] });
    const { user, router } = await renderApp({ backend, path: '/gifts' });

    const table = await screen.findByRole('table', { name: 'Các đợt tặng quà' });
    const row = within(table).getByRole('row', { name: /Tặng quà Tết Nguyên đán 2027/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Tết Nguyên đán',
      '2027',
      '20/01/2027 – 05/02/2027',
      'Nháp',
      '0 / 2',
      formatMoney(800_000),
      formatMoney(-200_000),
    ]);
    expect(within(row).getByText('-200.000 ₫')).toHaveClass('money-negative');

    await user.click(within(row).getByRole('link', { name: 'Tặng quà Tết Nguyên đán 2027' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tặng quà Tết Nguyên đán 2027' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/gifts/camp-1');
  });

  it('invites the first campaign when there is none', async () => {
    const { user, router } = await renderApp({ backend: createGiftBackend(), path: '/gifts' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Chưa có đợt quà nào' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Tạo đợt quà' }));
    expect(router.state.location.pathname).toBe('/gifts/new');
  });
});

describe('a campaign', () => {
  it('shows budget, planned and remaining, and warns when the list costs more than the budget', async () => {
    const campaign = makeCampaign({ funding: [{ id: 'f-1', kind: 'childFund', sponsorName: null, amount: 700_000 }] });
    const backend = createGiftBackend({ campaign, recipients: [recipientOf(hoa), recipientOf(binh)] });
    await renderApp({ backend, path: '/gifts/camp-1' });

    const figures = await screen.findByLabelText('Kinh phí');
    expect(figures).toHaveTextContent('Tổng kinh phí700.000 ₫');
    expect(figures).toHaveTextContent('Dự kiến chi1.000.000 ₫(2 trẻ)');
    expect(within(figures).getByText('-300.000 ₫')).toHaveClass('money-negative');
    expect(screen.getByText('Kinh phí dự kiến vượt tổng kinh phí 300.000 ₫. Hãy bổ sung nguồn kinh phí hoặc giảm số trẻ, mức quà.')).toBeInTheDocument();
    expect(screen.getByText('Nháp')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Danh sách', selected: true })).toBeInTheDocument();
    for (const name of ['Phát quà', 'Tổng hợp', 'Thay đổi']) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
  });

  it('freezes the list after a confirmation that explains what freezing means', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign(), recipients: [recipientOf(hoa)] });
    const { user } = await renderApp({ backend, path: '/gifts/camp-1' });
    await user.click(await screen.findByRole('button', { name: 'Chốt danh sách' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Chốt danh sách?' });
    expect(dialog).toHaveTextContent('phải ghi lý do và được lưu trong mục Thay đổi');
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Chốt danh sách' }));

    expect(await screen.findByText('Đã chốt danh sách.')).toBeInTheDocument();
    expect(backend.callsTo('gifts.freeze').map((call) => call.input)).toEqual([{ id: 'camp-1' }]);
    expect(screen.getByText('Đã chốt')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chốt danh sách' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xóa' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/gifts/camp-1/edit');
  });

  it('deletes a draft after a confirmation and goes back to the list', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign() });
    const { user, router } = await renderApp({ backend, path: '/gifts/camp-1' });
    await user.click(await screen.findByRole('button', { name: 'Xóa' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Xóa đợt quà?' })).getByRole('button', { name: 'Xóa đợt quà' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/gifts'));
    expect(backend.callsTo('gifts.deleteCampaign').map((call) => call.input)).toEqual([{ id: 'camp-1' }]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Chưa có đợt quà nào' })).toBeInTheDocument();
  });

  it('says so when the campaign does not exist', async () => {
    await renderApp({ backend: createGiftBackend(), path: '/gifts/nope' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy dữ liệu yêu cầu.');
    expect(screen.getByRole('link', { name: '← Các đợt tặng quà' })).toHaveAttribute('href', '/gifts');
  });
});
