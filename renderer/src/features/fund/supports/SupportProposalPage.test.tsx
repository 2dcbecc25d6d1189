import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { createSupportBackend, fill } from './testing';

async function openProposal(path = '/fund/supports/new?child=child-1') {
  const backend = createSupportBackend();
  const app = await renderApp({ backend, path });
  await screen.findByRole('heading', { level: 2, name: 'Đề xuất hỗ trợ' });
  return { ...app, backend };
}

describe('a new support proposal', () => {
  it('requires the screening result and diagnosis for heart surgery, then opens the new case', async () => {
    const { user, backend, router } = await openProposal();
    expect(await screen.findByText('Đặng Thị Hoa – sinh ngày 14/03/2015 – Phường Ngô Quyền')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại hỗ trợ' }), 'Phẫu thuật tim');
    const diagnosis = screen.getByRole('textbox', { name: 'Kết quả khám sàng lọc, chẩn đoán (bắt buộc)' });
    expect(diagnosis).toHaveAttribute('aria-required', 'true');
    await user.clear(screen.getByRole('textbox', { name: 'Ngày đề xuất' }));
    await fill(user, screen.getByRole('textbox', { name: 'Ngày đề xuất' }), '05/11/2026');
    await fill(user, screen.getByRole('textbox', { name: 'Chi phí dự kiến' }), '80000000');
    await user.click(screen.getByRole('button', { name: 'Lưu đề xuất' }));

    expect(await screen.findByText('Hãy ghi kết quả khám sàng lọc, chẩn đoán.')).toBeInTheDocument();
    await waitFor(() => expect(diagnosis).toHaveFocus());
    expect(backend.callsTo('fund.proposeSupport')).toHaveLength(0);

    await fill(user, diagnosis, 'Thông liên thất');
    await user.click(screen.getByRole('button', { name: 'Lưu đề xuất' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/fund/supports/sup-new-1'));
    expect(backend.callsTo('fund.proposeSupport').map((call) => call.input)).toEqual([
      {
        childId: 'child-1',
        type: 'heartSurgery',
        proposedOn: '2026-11-05',
        proposedBy: null,
        diagnosis: 'Thông liên thất',
        estimatedCost: 80_000_000,
        note: null,
      },
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Phẫu thuật tim' })).toBeInTheDocument();
  });

  it('saves a scholarship without a diagnosis', async () => {
    const { user, backend, router } = await openProposal();
    await screen.findByText('Đặng Thị Hoa – sinh ngày 14/03/2015 – Phường Ngô Quyền');
    expect(screen.queryByRole('searchbox', { name: 'Tìm trẻ theo họ tên' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại hỗ trợ' }), 'Học bổng');
    expect(screen.getByRole('textbox', { name: 'Kết quả khám sàng lọc, chẩn đoán' })).not.toHaveAttribute('aria-required');
    await fill(user, screen.getByRole('textbox', { name: 'Chi phí dự kiến' }), '2.000.000');
    await user.click(screen.getByRole('button', { name: 'Lưu đề xuất' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/fund/supports/sup-new-1'));
    expect(backend.callsTo('fund.proposeSupport')[0]?.input).toMatchObject({ type: 'scholarship', diagnosis: null, estimatedCost: 2_000_000 });
  });

  it('finds the child by name when none is chosen', async () => {
    const { user, backend } = await openProposal('/fund/supports/new');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại hỗ trợ' }), 'Hỗ trợ khẩn cấp');
    await fill(user, screen.getByRole('textbox', { name: 'Chi phí dự kiến' }), '5.000.000');
    await user.click(screen.getByRole('button', { name: 'Lưu đề xuất' }));
    expect(await screen.findByText('Hãy chọn trẻ được đề xuất hỗ trợ.')).toBeInTheDocument();

    await fill(user, screen.getByRole('searchbox', { name: 'Tìm trẻ theo họ tên' }), 'Khánh');
    const khanh = await screen.findByRole('radio', { name: 'Phạm Minh Khánh, sinh ngày 21/09/2016, Phường Gia Viên' });
    await user.click(khanh);
    expect(khanh).toBeChecked();
    expect(screen.getByRole('group', { name: 'Trẻ em được hỗ trợ' })).toHaveTextContent('Phạm Minh Khánh – sinh ngày 21/09/2016 – Phường Gia Viên');
    await user.click(screen.getByRole('button', { name: 'Lưu đề xuất' }));

    await waitFor(() => expect(backend.callsTo('fund.proposeSupport')).toHaveLength(1));
    expect(backend.callsTo('fund.proposeSupport')[0]?.input).toMatchObject({ childId: 'child-3', type: 'emergency', estimatedCost: 5_000_000 });
  });
});
