import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachmentMaxBytes } from '../../../../../shared/codes/fund';
import { fail } from '../../../../../shared/errors';
import { renderApp } from '../../../test/renderApp';
import { createSupportBackend, makeSupport } from './testing';

const decision = {
  id: 'att-1',
  kind: 'decision' as const,
  fileName: 'quyet-dinh-125.pdf',
  mimeType: 'application/pdf',
  size: 1_258_291,
  sha256: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
  addedAt: '2026-10-11T02:00:00.000Z',
};

async function openPapers(options: { opensInMain?: boolean } = {}) {
  const backend = createSupportBackend({ supports: [makeSupport({ attachments: [decision] })], ...options });
  const app = await renderApp({ backend, path: '/fund/supports/sup-1' });
  const section = await screen.findByRole('region', { name: 'Hồ sơ đính kèm' });
  return { ...app, backend, section };
}

// jsdom has no object URLs: a test that needs them puts stand-ins in, put back here for the next test.
const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe("a case's attached papers", () => {
  it('lists each file with its kind, size, date and short checksum', async () => {
    const { section } = await openPapers();
    const row = within(section).getByRole('row', { name: /quyet-dinh-125\.pdf/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Quyết định', '1,2 MB', '11/10/2026', '3a7bd3e2360a', 'Mở Xóa']);
  });

  it('refuses a file over 20 MB before sending anything', async () => {
    const { user, backend, section } = await openPapers();
    const big = new File(['%PDF-1.4'], 'ho-so-benh-an.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: attachmentMaxBytes + 1 });
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Loại giấy tờ' }), 'Hóa đơn, chứng từ viện phí');
    await user.upload(within(section).getByLabelText('Tệp scan'), big);

    expect(within(section).getByText('Tệp đính kèm phải là PDF, JPG hoặc PNG, không quá 20 MB.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Đính kèm' }));
    expect(backend.callsTo('fund.addAttachment')).toHaveLength(0);
  });

  it('sends a scanned file as base64 with its kind and name', async () => {
    const { user, backend, section } = await openPapers();
    await user.upload(within(section).getByLabelText('Tệp scan'), new File(['%PDF-1.4 to trinh'], 'to-trinh.pdf', { type: 'application/pdf' }));
    await user.click(within(section).getByRole('button', { name: 'Đính kèm' }));
    expect(within(section).getByText('Mục này không được để trống.')).toBeInTheDocument();
    expect(backend.callsTo('fund.addAttachment')).toHaveLength(0);

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Loại giấy tờ' }), 'Tờ trình, đề xuất');
    await user.click(within(section).getByRole('button', { name: 'Đính kèm' }));
    expect(await within(section).findByText('Đã đính kèm to-trinh.pdf.')).toBeInTheDocument();
    expect(backend.callsTo('fund.addAttachment').map((call) => call.input)).toEqual([
      { supportId: 'sup-1', kind: 'proposal', fileName: 'to-trinh.pdf', base64: btoa('%PDF-1.4 to trinh') },
    ]);
    expect(within(section).getByRole('row', { name: /to-trinh\.pdf/ })).toBeInTheDocument();
  });

  it("shows main's refusal of the file's name beside the file field", async () => {
    const { user, backend, section } = await openPapers();
    backend.override('fund.addAttachment', () => fail('errors.invalidInput', [{ path: 'fileName', message: 'validation.fileName' }]));
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Loại giấy tờ' }), 'Tờ trình, đề xuất');
    await user.upload(within(section).getByLabelText('Tệp scan'), new File(['%PDF-1.4'], 'to-trinh.pdf', { type: 'application/pdf' }));
    await user.click(within(section).getByRole('button', { name: 'Đính kèm' }));
    await waitFor(() => expect(within(section).getByLabelText('Tệp scan')).toHaveAccessibleDescription(expect.stringContaining('Tên tệp không hợp lệ.')));
  });

  it('in browser mode opens the file main hands over as a blob in a new window', async () => {
    const { user, backend, section } = await openPapers();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:quyet-dinh';
    });
    URL.revokeObjectURL = vi.fn();
    const viewer = { opener: {} } as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(viewer);

    await user.click(within(section).getByRole('button', { name: 'Mở quyet-dinh-125.pdf' }));

    expect(await within(section).findByText('Đã mở quyet-dinh-125.pdf trong cửa sổ mới.')).toBeInTheDocument();
    expect(backend.callsTo('fund.openAttachment').map((call) => call.input)).toEqual([{ id: 'att-1' }]);
    expect(open).toHaveBeenCalledWith('blob:quyet-dinh', '_blank');
    expect(viewer.opener).toBeNull();
    expect(blob?.type).toBe('application/pdf');
    expect(await blob?.text()).toBe('%PDF-1.4 quyet dinh');
  });

  it('in the app lets main open the file in the computer\'s viewer', async () => {
    const { user, section } = await openPapers({ opensInMain: true });
    const open = vi.spyOn(window, 'open');
    await user.click(within(section).getByRole('button', { name: 'Mở quyet-dinh-125.pdf' }));
    expect(await within(section).findByText('Đã mở quyet-dinh-125.pdf bằng chương trình xem tệp của máy.')).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
  });

  it('removes a file of a proposal after asking', async () => {
    const { user, backend, section } = await openPapers();
    await user.click(within(section).getByRole('button', { name: 'Xóa quyet-dinh-125.pdf' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Xóa tệp đính kèm?' })).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(within(section).getByText('Chưa có tệp đính kèm.')).toBeInTheDocument());
    expect(backend.callsTo('fund.removeAttachment').map((call) => call.input)).toEqual([{ id: 'att-1' }]);
  });
});
