import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SourceOffice } from '../../../../../shared/exchange';
import { Refusal, serve } from '../../../test/serve';
import { provinceBackend, renderProvince, sampleSources } from './testing';

/** The fake main holding the sample offices; removeSource takes one out and answers the rest. */
function backendWithRemoval() {
  const backend = provinceBackend();
  let held: SourceOffice[] = [...sampleSources];
  serve(backend, 'exchange.sources', () => held);
  serve(backend, 'exchange.removeSource', ({ officeId }) => {
    if (!held.some((source) => source.office.id === officeId)) throw new Refusal('errors.notFound');
    held = held.filter((source) => source.office.id !== officeId);
    return held;
  });
  return backend;
}

const officeRows = () => within(screen.getByRole('table', { name: 'Các đơn vị đã gửi số liệu' })).getAllByRole('rowheader').map((cell) => cell.textContent);

describe('dropping an office’s data at the province', () => {
  it('asks first, naming the office and what happens, then drops it, refreshes and says so', async () => {
    const { user, backend, queryClient } = await renderProvince('/exchange/offices', backendWithRemoval());
    await screen.findByRole('table', { name: 'Các đơn vị đã gửi số liệu' });
    // The log and a province report held from before: both must be fetched again.
    queryClient.setQueryData(['exchange', 'imports'], []);
    queryClient.setQueryData(['exchange', 'provinceReport', '2026-10-01', '2026-12-31'], null);

    const button = screen.getByRole('button', { name: 'Bỏ số liệu của NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền' });
    await user.click(button);
    const dialog = screen.getByRole('alertdialog', { name: 'Bỏ số liệu của đơn vị NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền?' });
    expect(dialog).toHaveAccessibleDescription(
      'Số liệu của NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền (lần gửi số 3, 1.206 hồ sơ trẻ em) sẽ được bỏ khỏi số liệu tổng hợp và báo cáo toàn tỉnh. ' +
        'Nhật ký nhập vẫn giữ lịch sử các lần nhập của đơn vị này. Đơn vị có thể gửi lại tệp số liệu để nhập lại.',
    );
    // The safe choice first; backing out changes nothing.
    expect(within(dialog).getByRole('button', { name: 'Quay lại' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(backend.callsTo('exchange.removeSource')).toEqual([]);

    await user.click(button);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Bỏ số liệu' }));
    expect(await screen.findByText('Đã bỏ số liệu của NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền.')).toHaveAttribute('role', 'status');
    expect(backend.callsTo('exchange.removeSource').map((call) => call.input)).toEqual([{ officeId: 'office-nq' }]);
    expect(officeRows()).toEqual(['Phòng Văn hóa – Xã hội phường Gia Viên']);
    expect(screen.getByText('1 đơn vị. Với mỗi đơn vị, tỉnh giữ số liệu của gói mới nhất đã nhập.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Các đơn vị đã gửi số liệu' })).toHaveFocus();
    expect(queryClient.getQueryState(['exchange', 'imports'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['exchange', 'provinceReport', '2026-10-01', '2026-12-31'])?.isInvalidated).toBe(true);

    // The last one too: the page says nothing is held and links to the import.
    await user.click(screen.getByRole('button', { name: 'Bỏ số liệu của GV – Phòng Văn hóa – Xã hội phường Gia Viên' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Bỏ số liệu' }));
    expect(await screen.findByText(/^Chưa nhập số liệu của đơn vị nào\./)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Đã bỏ số liệu của GV – Phòng Văn hóa – Xã hội phường Gia Viên.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows main’s refusal as an alert and keeps the list', async () => {
    const backend = backendWithRemoval();
    serve(backend, 'exchange.removeSource', () => {
      throw new Refusal('errors.notFound');
    });
    const { user } = await renderProvince('/exchange/offices', backend);
    const button = await screen.findByRole('button', { name: 'Bỏ số liệu của GV – Phòng Văn hóa – Xã hội phường Gia Viên' });
    await user.click(button);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Bỏ số liệu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không bỏ được số liệu của đơn vị. Không tìm thấy dữ liệu yêu cầu.');
    expect(officeRows()).toEqual(['Phòng Văn hóa – Xã hội phường Gia Viên', 'Phòng Văn hóa – Xã hội phường Ngô Quyền']);
    expect(screen.queryByText(/^Đã bỏ số liệu/)).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('speaks English too', async () => {
    const backend = provinceBackend({ language: 'en' });
    const { user } = await renderProvince('/exchange/offices', backend);
    await user.click(await screen.findByRole('button', { name: 'Drop the data of GV – Phòng Văn hóa – Xã hội phường Gia Viên' }));
    expect(screen.getByRole('alertdialog', { name: 'Drop the data of GV – Phòng Văn hóa – Xã hội phường Gia Viên?' })).toHaveAccessibleDescription(
      /^The data of GV – Phòng Văn hóa – Xã hội phường Gia Viên \(export number 7, 800 children's records\) will leave/,
    );
  });
});
