import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { formatDateTime } from '../../../../../shared/format';
import { todayIso } from '../../children/age';
import { lastEndedPeriod } from './lastEndedPeriod';
import { createExchangeBackend, makeExport, passphrase, renderExchange } from './testing';

const thisYear = Number(todayIso().slice(0, 4));
const lastYear = thisYear - 1;

// Files are saved as in Electron, main's save dialog (files.save), which the fake answers;
// one test downloads as in browser mode, with stand-ins for the object URLs jsdom lacks.
const { createObjectURL, revokeObjectURL } = URL;
beforeEach(() => {
  window.baoTro = {} as Bridge;
});
afterEach(() => {
  delete window.baoTro;
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe('sending data to the province', () => {
  it('before the settings are complete, says what is missing and links to them instead of a form', async () => {
    const { backend } = createExchangeBackend({ settings: { officeCode: '', includePersonalIds: false, includeGuardianPhones: false }, passphrase: null });
    const { user, router } = await renderExchange('/exchange', backend);

    const note = await screen.findByRole('note', { name: 'Chưa thể xuất tệp gửi tỉnh' });
    expect(within(note).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'chưa lưu mã đơn vị do tỉnh cấp;',
      'chưa đặt mật khẩu trao đổi đã thống nhất với tỉnh.',
    ]);
    expect(screen.queryByLabelText('Mật khẩu trao đổi')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xuất tệp' })).not.toBeInTheDocument();
    expect(screen.getByText('Chưa gửi lần nào.')).toBeInTheDocument();

    await user.click(within(note).getByRole('link', { name: 'Mở Cài đặt trao đổi' }));
    expect(router.state.location.pathname).toBe('/exchange/settings');
    expect(backend.callsTo('exchange.export')).toHaveLength(0);
  });

  it('names only what is missing: a saved code but no passphrase', async () => {
    const { backend } = createExchangeBackend({ passphrase: null });
    await renderExchange('/exchange', backend);
    const note = await screen.findByRole('note', { name: 'Chưa thể xuất tệp gửi tỉnh' });
    expect(within(note).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['chưa đặt mật khẩu trao đổi đã thống nhất với tỉnh.']);
  });

  it('says before exporting which personal data the settings send, with a link to change them', async () => {
    const { backend } = createExchangeBackend();
    const { user, router } = await renderExchange('/exchange', backend);
    const none = 'Theo cài đặt hiện tại, tệp không gửi số định danh, số điện thoại.';
    expect(await screen.findByText(none)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xuất tệp' })).toHaveAccessibleDescription(new RegExp(`${none}$`));

    await user.click(screen.getByRole('link', { name: 'Xem hoặc đổi trong Cài đặt trao đổi' }));
    expect(router.state.location.pathname).toBe('/exchange/settings');
  });

  it.each([
    [true, false, 'Theo cài đặt hiện tại, tệp gửi kèm số định danh, giấy khai sinh, thẻ BHYT; không gửi số điện thoại người chăm sóc.'],
    [false, true, 'Theo cài đặt hiện tại, tệp gửi kèm số điện thoại người chăm sóc; không gửi số định danh, giấy khai sinh, thẻ BHYT.'],
    [true, true, 'Theo cài đặt hiện tại, tệp gửi kèm số định danh, giấy khai sinh, thẻ BHYT và số điện thoại người chăm sóc.'],
  ])('with IDs %s and phones %s, says what is sent', async (includePersonalIds, includeGuardianPhones, text) => {
    const { backend } = createExchangeBackend({ settings: { officeCode: '31NQ', includePersonalIds, includeGuardianPhones } });
    await renderExchange('/exchange', backend);
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('exports the chosen period, saves the file where the user picks, then clears the passphrase', async () => {
    const { backend } = createExchangeBackend();
    const { user } = await renderExchange('/exchange', backend);

    // The month that has just ended is chosen first.
    const lastMonth = lastEndedPeriod('month', todayIso());
    const kind = await screen.findByLabelText('Loại kỳ');
    expect(kind).toHaveDisplayValue('Tháng');
    expect(screen.getByLabelText('Tháng')).toHaveDisplayValue(`Tháng ${lastMonth.number}`);
    expect(screen.getByLabelText('Năm')).toHaveDisplayValue(String(lastMonth.year));
    expect(screen.getByText(`Tháng ${lastMonth.number}/${lastMonth.year} sẽ là lần gửi số 1.`)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Kỳ báo cáo' })).toContainElement(kind);

    // Another kind chooses that kind's last ended period; the user then picks the one wanted.
    await user.selectOptions(kind, 'Quý');
    const lastQuarter = lastEndedPeriod('quarter', todayIso());
    expect(screen.getByLabelText('Quý')).toHaveDisplayValue(`Quý ${['I', 'II', 'III', 'IV'][lastQuarter.number - 1]}`);
    await user.selectOptions(screen.getByLabelText('Quý'), 'Quý II');
    await user.selectOptions(screen.getByLabelText('Năm'), String(lastYear));
    expect(screen.getByText(`Quý II/${lastYear} sẽ là lần gửi số 1.`)).toBeInTheDocument();

    const field = screen.getByLabelText('Mật khẩu trao đổi');
    expect(field).toHaveAttribute('type', 'password');
    await user.type(field, passphrase);
    await user.click(screen.getByRole('button', { name: 'Xuất tệp' }));

    const done = await screen.findByText(`Đã tạo lần gửi số 1 (Quý II/${lastYear}) và lưu tệp BTTE_31NQ_${lastYear}-Q2_so001.btte.`);
    expect(backend.callsTo('exchange.export').map((call) => call.input)).toEqual([{ period: { kind: 'quarter', year: lastYear, number: 2 }, passphrase }]);
    expect(backend.callsTo('files.save').map((call) => call.input)).toEqual([
      { fileName: `BTTE_31NQ_${lastYear}-Q2_so001.btte`, mimeType: 'application/octet-stream', base64: btoa('package 1') },
    ]);
    expect(field).toHaveValue('');
    expect(done.closest('[role="status"]')).toHaveFocus();
    // The period stays as chosen, and the log has the new export.
    expect(screen.getByLabelText('Quý')).toHaveDisplayValue('Quý II');
    const log = await screen.findByRole('table', { name: 'Các lần gửi số liệu' });
    expect(within(log).getByRole('row', { name: /^1 Quý II/ })).toHaveTextContent('Chưa có biên nhận');
  });

  it('says when the file was made but not saved (the save dialog was closed)', async () => {
    const { backend } = createExchangeBackend();
    backend.override('files.save', () => ({ ok: true, data: { saved: false } }));
    const { user } = await renderExchange('/exchange', backend);
    await user.selectOptions(await screen.findByLabelText('Loại kỳ'), 'Năm');
    expect(screen.queryByLabelText('Tháng')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Năm')).toHaveDisplayValue(String(lastYear));
    await user.type(screen.getByLabelText('Mật khẩu trao đổi'), passphrase);
    await user.click(screen.getByRole('button', { name: 'Xuất tệp' }));
    expect(
      await screen.findByText(
        `Đã tạo lần gửi số 1 (Năm ${lastYear}) nhưng chưa lưu tệp BTTE_31NQ_${lastYear}_so001.btte. Có thể lưu bằng nút «Lưu lại tệp» trong nhật ký gửi.`,
      ),
    ).toBeInTheDocument();
    expect(backend.callsTo('exchange.export')[0]?.input).toEqual({ period: { kind: 'year', year: lastYear, number: 1 }, passphrase });
  });

  it('a wrong passphrase is refused beside its field and what was typed stays; other refusals are an alert', async () => {
    const { backend } = createExchangeBackend();
    const { user } = await renderExchange('/exchange', backend);
    await user.selectOptions(await screen.findByLabelText('Loại kỳ'), '6 tháng');
    await user.selectOptions(screen.getByLabelText('Nửa năm'), '6 tháng cuối năm');
    await user.selectOptions(screen.getByLabelText('Năm'), String(lastYear));
    const field = screen.getByLabelText('Mật khẩu trao đổi');
    await user.type(field, 'mật khẩu cũ của năm trước');
    await user.click(screen.getByRole('button', { name: 'Xuất tệp' }));

    expect(await screen.findByText(/Mật khẩu không khớp với mật khẩu trao đổi đã đặt/)).toHaveAttribute('id', 'exchange-export-passphrase-error');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('mật khẩu cũ của năm trước');
    await waitFor(() => expect(field).toHaveFocus());
    expect(screen.getByLabelText('Nửa năm')).toHaveDisplayValue('6 tháng cuối năm');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(backend.callsTo('files.save')).toHaveLength(0);

    backend.override('exchange.export', () => ({ ok: false, error: { code: 'errors.passphraseNotSet' } }));
    await user.click(screen.getByRole('button', { name: 'Xuất tệp' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa xuất được tệp. Chưa đặt mật khẩu trao đổi đã thống nhất với tỉnh.');
    expect(field).toHaveValue('mật khẩu cũ của năm trước');
    expect(screen.getByLabelText('Nửa năm')).toHaveDisplayValue('6 tháng cuối năm');
  });

  it('checks the passphrase\'s length before asking main', async () => {
    const { backend } = createExchangeBackend();
    const { user } = await renderExchange('/exchange', backend);
    const field = await screen.findByLabelText('Mật khẩu trao đổi');
    await user.type(field, 'ngắn quá');
    await user.click(screen.getByRole('button', { name: 'Xuất tệp' }));
    expect(await screen.findByText('Mật khẩu trao đổi cần ít nhất 12 ký tự.')).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveFocus());
    expect(backend.callsTo('exchange.export')).toHaveLength(0);
  });

  it('warns before exporting a period sent before that it replaces that export, and marks the replacement in the log', async () => {
    const quarter3 = { kind: 'quarter' as const, year: lastYear, number: 3 };
    const { backend } = createExchangeBackend({
      exports: [
        makeExport({ sequence: 1, period: quarter3, createdAt: '2026-10-03T02:30:00.000Z' }),
        makeExport({ sequence: 2, period: { kind: 'month', year: lastYear, number: 9 } }),
        makeExport({ sequence: 3, period: quarter3, createdAt: '2026-10-10T09:15:00.000Z', replacesSequence: 1 }),
      ],
    });
    const { user } = await renderExchange('/exchange', backend);
    await user.selectOptions(await screen.findByLabelText('Loại kỳ'), 'Quý');
    await user.selectOptions(screen.getByLabelText('Quý'), 'Quý III');
    await user.selectOptions(screen.getByLabelText('Năm'), String(lastYear));

    const warning = `Quý III/${lastYear} đã được gửi ở lần gửi số 3 (lúc ${formatDateTime('2026-10-10T09:15:00.000Z')}). Lần xuất này sẽ là lần gửi số 4 và thay thế lần gửi số 3.`;
    expect(screen.getByText(warning)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Xuất tệp' })).toHaveAccessibleDescription(
      `${warning} Theo cài đặt hiện tại, tệp không gửi số định danh, số điện thoại.`,
    );

    await user.type(screen.getByLabelText('Mật khẩu trao đổi'), passphrase);
    await user.click(screen.getByRole('button', { name: 'Xuất tệp' }));
    expect(
      await screen.findByText(`Đã tạo lần gửi số 4 (Quý III/${lastYear}) và lưu tệp BTTE_31NQ_${lastYear}-Q3_so004.btte. Lần gửi này thay thế lần gửi số 3.`),
    ).toBeInTheDocument();
    const log = screen.getByRole('table', { name: 'Các lần gửi số liệu' });
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(5));
    expect(within(log).getByRole('row', { name: /^4 / })).toHaveTextContent('Thay thế lần gửi số 3');
    // The next export of the same period would replace the new one.
    expect(await screen.findByText(/Lần xuất này sẽ là lần gửi số 5 và thay thế lần gửi số 4\./)).toBeInTheDocument();
  });

  it('in browser mode the file is downloaded under its own name', async () => {
    delete window.baoTro;
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:goi-so-lieu';
    });
    URL.revokeObjectURL = vi.fn();
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const { backend } = createExchangeBackend();
    const { user } = await renderExchange('/exchange', backend);
    await user.selectOptions(await screen.findByLabelText('Loại kỳ'), 'Năm');
    await user.type(screen.getByLabelText('Mật khẩu trao đổi'), passphrase);
    await user.click(screen.getByRole('button', { name: 'Xuất tệp' }));

    expect(await screen.findByText(`Đã tạo lần gửi số 1 (Năm ${lastYear}) và lưu tệp BTTE_31NQ_${lastYear}_so001.btte.`)).toBeInTheDocument();
    expect(downloads).toEqual([`BTTE_31NQ_${lastYear}_so001.btte blob:goi-so-lieu`]);
    expect(await blob?.text()).toBe('package 1');
    expect(backend.callsTo('files.save')).toHaveLength(0);
  });
});
