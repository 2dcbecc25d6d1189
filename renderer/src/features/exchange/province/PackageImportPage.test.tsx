import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { fail, ok } from '../../../../../shared/errors';
import { formatDateTime } from '../../../../../shared/format/date';
import { cellTexts } from '../../../test/screen';
import { packageFile, provinceBackend, receiptFile, renderProvince } from './testing';

const NQ = 'BTTE_NQ_2026-Q4_so003.btte';
const GV = 'BTTE_GV_2026-11_so007.btte';
const LL = 'BTTE_LL_2026-Q3_so002.btte';
const LOCKED = 'BTTE_HA_2026-Q4_so001.btte';

afterEach(() => {
  delete window.baoTro;
});

async function openImport(backend = provinceBackend()) {
  const app = await renderProvince('/exchange/import', backend);
  await screen.findByRole('heading', { level: 2, name: '1. Chọn tệp' });
  return app;
}

const picker = () => screen.getByLabelText('Tệp số liệu của các đơn vị (.btte)');
const stagedNames = () => {
  const list = screen.queryByRole('list', { name: /^Các tệp đã chọn/ });
  return list ? within(list).getAllByRole('listitem').map((item) => item.querySelector('.province-file__name')?.textContent) : [];
};
const packageCard = (name: string) => screen.getByRole('article', { name });
/** A package's facts as term and value: [['Tệp', '…'], ['Lần gửi số', '3'], …]. */
const facts = (card: HTMLElement) => within(card).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
const applyButton = () => screen.getByRole('button', { name: 'Nhập tất cả' });

async function stageAndCheck(files: string[], passphrase = 'mat khau chung 2026') {
  const app = await openImport();
  await app.user.upload(picker(), files.map((name) => packageFile(name)));
  await waitFor(() => expect(stagedNames()).toEqual(files));
  await app.user.type(screen.getByLabelText('Mật khẩu'), passphrase);
  await app.user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByRole('heading', { level: 2, name: '3. Kết quả kiểm tra' });
  return app;
}

describe('picking the packages', () => {
  it('stages several files one at a time, showing which one it reads, and lists them', async () => {
    const backend = provinceBackend();
    const answers: Array<() => void> = [];
    const served = backend.override.bind(backend);
    // Main answers each file only when the test says so: the progress can be read in between.
    let count = 0;
    served('exchange.stage', (input) => {
      count += 1;
      const { fileName } = input as { fileName: string };
      const token = `token-${count}`;
      return new Promise((resolve) => answers.push(() => resolve(ok({ token, fileName, sizeBytes: 2048, sha256: `sha-${fileName}` }))));
    });
    const { user } = await openImport(backend);

    await user.upload(picker(), [packageFile(NQ, 'goi NQ'), packageFile(GV, 'goi GV'), packageFile(LL, 'goi LL')]);
    expect(await screen.findByText(`Đang đọc tệp 1/3: ${NQ}…`)).toBeInTheDocument();
    expect(picker()).toBeDisabled();
    await waitFor(() => expect(answers).toHaveLength(1));
    answers[0]?.();
    expect(await screen.findByText(`Đang đọc tệp 2/3: ${GV}…`)).toBeInTheDocument();
    expect(stagedNames()).toEqual([NQ]);
    await waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.();
    await waitFor(() => expect(answers).toHaveLength(3));
    answers[2]?.();

    await waitFor(() => expect(stagedNames()).toEqual([NQ, GV, LL]));
    expect(screen.queryByText(/^Đang đọc tệp/)).not.toBeInTheDocument();
    expect(picker()).toBeEnabled();
    expect(picker()).toHaveAttribute('accept', '.btte');
    expect(picker()).toHaveAttribute('multiple');
    const sent = backend.callsTo('exchange.stage').map((call) => call.input as { fileName: string; base64: string });
    expect(sent.map((input) => [input.fileName, atob(input.base64)])).toEqual([
      [NQ, 'goi NQ'],
      [GV, 'goi GV'],
      [LL, 'goi LL'],
    ]);
    expect(screen.getByRole('heading', { name: 'Các tệp đã chọn (3)' })).toBeInTheDocument();
    expect(screen.getAllByText('2 KB')).toHaveLength(3);
  });

  it('writes a file\'s size as the export log does', async () => {
    const { user } = await openImport();
    await user.upload(picker(), [packageFile(NQ, 'x'.repeat(900)), packageFile(GV, 'y'.repeat(182_400))]);
    await waitFor(() => expect(stagedNames()).toEqual([NQ, GV]));
    expect([...document.querySelectorAll('.province-file__size')].map((size) => size.textContent)).toEqual(['900 byte', '178,1 KB']);
  });

  it('takes a file out with "Bỏ ra", moving focus to the file after it', async () => {
    const { user, backend } = await openImport();
    await user.upload(picker(), [packageFile(NQ), packageFile(GV), packageFile(LL)]);
    await waitFor(() => expect(stagedNames()).toEqual([NQ, GV, LL]));

    await user.click(screen.getByRole('button', { name: `Bỏ ra tệp ${GV}` }));
    await waitFor(() => expect(stagedNames()).toEqual([NQ, LL]));
    expect(backend.callsTo('exchange.unstage').map((call) => call.input)).toEqual([{ token: 'token-2' }]);
    expect(screen.getByRole('button', { name: `Bỏ ra tệp ${LL}` })).toHaveFocus();
    // The same file can be picked again.
    await user.upload(picker(), packageFile(GV));
    await waitFor(() => expect(stagedNames()).toEqual([NQ, LL, GV]));
  });

  it('tells which files did not join the batch and why, keeping the others', async () => {
    const backend = provinceBackend();
    const { user } = await openImport(backend);
    await user.upload(picker(), [packageFile(NQ, 'same bytes'), packageFile('ban-sao.btte', 'same bytes'), packageFile('rong.btte', '')]);
    await waitFor(() => expect(stagedNames()).toEqual([NQ]));
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Tệp ban-sao.btte đã có trong danh sách nên không thêm lần nữa.',
      'Tệp rong.btte chưa được thêm: Tệp này không phải là tệp dữ liệu trao đổi của ứng dụng Bảo trợ Trẻ em (hoặc phần đầu tệp đã hỏng). Không có gì được thay đổi.',
    ]);
    // The copy was handed back to main; the empty file was never sent.
    expect(backend.callsTo('exchange.stage')).toHaveLength(2);
    expect(backend.callsTo('exchange.unstage').map((call) => call.input)).toEqual([{ token: 'token-2' }]);

    backend.override('exchange.stage', () => fail('errors.packageTooLarge'));
    await user.upload(picker(), packageFile(GV));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(`Tệp ${GV} chưa được thêm: Tệp có phần dữ liệu lớn bất thường`));
    expect(stagedNames()).toEqual([NQ]);
  });
});

describe('checking the batch (dry run)', () => {
  it('asks for files and a passphrase before asking main', async () => {
    const { user, backend } = await openImport();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(screen.getByText('Hãy chọn ít nhất một tệp dữ liệu.')).toBeInTheDocument();
    expect(picker()).toHaveFocus();

    await user.upload(picker(), packageFile(NQ));
    await waitFor(() => expect(stagedNames()).toEqual([NQ]));
    expect(screen.queryByText('Hãy chọn ít nhất một tệp dữ liệu.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(screen.getByLabelText('Mật khẩu')).toHaveFocus();
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription(/Mục này không được để trống\.$/);
    expect(backend.callsTo('exchange.dryRun')).toEqual([]);
    expect(applyButton()).toBeDisabled();
    expect(screen.getByText('Hãy bấm «Kiểm tra» trước khi nhập.')).toBeInTheDocument();
  });

  it('sends every passphrase typed, and shows each package with its office, period, outcome, problems and changes', async () => {
    const { user, backend } = await openImport();
    await user.upload(picker(), [NQ, GV, LL, LOCKED].map((name) => packageFile(name)));
    await waitFor(() => expect(stagedNames()).toHaveLength(4));
    const first = screen.getByLabelText('Mật khẩu');
    expect(first).toHaveAttribute('type', 'password');
    await user.type(first, 'mat khau chung 2026');
    await user.click(screen.getByRole('button', { name: 'Thêm mật khẩu khác' }));
    expect(screen.getByLabelText('Mật khẩu thứ 2')).toHaveFocus();
    await user.keyboard('mat khau rieng Le Loi');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    await screen.findByRole('heading', { level: 2, name: '3. Kết quả kiểm tra' });
    expect(backend.callsTo('exchange.dryRun').map((call) => call.input)).toEqual([
      { tokens: ['token-1', 'token-2', 'token-3', 'token-4'], passphrases: ['mat khau chung 2026', 'mat khau rieng Le Loi'], force: [] },
    ]);
    expect(screen.getByText('Sẽ nhập: 1 gói · Không thay đổi: 1 gói · Bị chặn: 2 gói.')).toBeInTheDocument();

    const nq = packageCard('NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền');
    expect(nq).toHaveTextContent('Kết quả: Sẽ nhập');
    expect(facts(nq)).toEqual([
      ['Tệp', NQ],
      ['Lần gửi số', '3 (đã nhập trước đây: lần gửi số 2)'],
      ['Kỳ báo cáo', 'Quý IV/2026'],
      ['Lập lúc', formatDateTime('2026-12-28T10:00:00.000Z')],
      ['Dữ liệu cá nhân', 'Có số định danh, giấy khai sinh, thẻ BHYT'],
    ]);
    expect(within(nq).getByRole('list', { name: /^Vấn đề của gói NQ/ })).toHaveTextContent(
      'Bảng «Thăm hỏi định kỳ» có 2 dòng trỏ tới dữ liệu không có trong gói.',
    );
    const table = within(nq).getByRole('table', { name: 'Thay đổi theo bảng: NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Bảng', 'Mới', 'Thay đổi', 'Không đổi', 'Bị xóa']);
    // Tables with no rows at all (visits here) are left out.
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [within(row).getByRole('rowheader').textContent, ...cellTexts(within(row).getAllByRole('cell'))]),
    ).toEqual([
      ['Trẻ em', '5', '2', '1.200', '1'],
      ['Người chăm sóc', '3', '0', '900', '0'],
      ['Đợt tặng quà', '1', '0', '4', '0'],
      ['Cộng', '9', '2', '2.104', '1'],
    ]);

    const gv = packageCard('GV – Phòng Văn hóa – Xã hội phường Gia Viên');
    expect(gv).toHaveTextContent('Kết quả: Không thay đổi');
    expect(facts(gv)).toContainEqual(['Kỳ báo cáo', 'Tháng 11/2026']);
    expect(facts(gv)).toContainEqual(['Dữ liệu cá nhân', 'Không có số định danh, số điện thoại']);
    expect(gv).toHaveTextContent('Gói này đã được nhập trước đây; nhập lại không thay đổi gì.');
    expect(within(gv).queryByRole('table')).not.toBeInTheDocument();

    const ll = packageCard('LL – UBND xã Lê Lợi');
    expect(ll).toHaveTextContent('Kết quả: Bị chặn');
    expect(ll).toHaveTextContent('Gói cũ hơn gói đã nhập của đơn vị này (lần gửi số 4).');
    expect(within(ll).getByRole('checkbox', { name: 'Vẫn nhập gói cũ hơn' })).not.toBeChecked();
    // Only a file imported before offers its receipt again.
    expect(within(ll).queryByRole('button', { name: /^Ghi biên nhận/ })).not.toBeInTheDocument();

    // A file no passphrase opens: named by its file, with nothing to force.
    const locked = packageCard(LOCKED);
    expect(facts(locked)).toEqual([['Tệp', LOCKED]]);
    expect(locked).toHaveTextContent('Kết quả: Bị chặn');
    expect(locked).toHaveTextContent('Sai mật khẩu: không mật khẩu nào đã nhập mở được tệp này.');
    expect(within(locked).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(locked).queryByRole('button')).not.toBeInTheDocument();

    expect(applyButton()).toBeDisabled();
    expect(applyButton()).toHaveAccessibleDescription(/^Còn gói bị chặn/);
  });

  it('takes an older package when told to, checks again, and imports once nothing is blocked', async () => {
    window.baoTro = {} as Bridge;
    const { user, backend } = await stageAndCheck([NQ, LL, LOCKED]);
    expect(applyButton()).toBeDisabled();

    await user.click(within(packageCard('LL – UBND xã Lê Lợi')).getByRole('checkbox', { name: 'Vẫn nhập gói cũ hơn' }));
    await waitFor(() => expect(packageCard('LL – UBND xã Lê Lợi')).toHaveTextContent('Kết quả: Sẽ nhập'));
    expect(backend.callsTo('exchange.dryRun').at(-1)?.input).toEqual({
      tokens: ['token-1', 'token-2', 'token-3'],
      passphrases: ['mat khau chung 2026'],
      force: ['token-2'],
    });
    const ll = packageCard('LL – UBND xã Lê Lợi');
    expect(within(ll).getByRole('checkbox', { name: 'Vẫn nhập gói cũ hơn' })).toBeChecked();
    expect(within(ll).getByRole('checkbox', { name: 'Vẫn nhập gói cũ hơn' })).toHaveFocus();
    expect(within(ll).getByRole('table')).toHaveTextContent('Trẻ em0330012');
    // Still blocked by the file no passphrase opens.
    expect(applyButton()).toBeDisabled();

    await user.click(screen.getByRole('button', { name: `Bỏ ra tệp ${LOCKED}` }));
    await waitFor(() => expect(stagedNames()).toEqual([NQ, LL]));
    // The result was about another batch: check again.
    expect(screen.queryByRole('heading', { name: '3. Kết quả kiểm tra' })).not.toBeInTheDocument();
    expect(applyButton()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(applyButton()).toBeEnabled());
    expect(screen.getByText('Sẽ nhập: 2 gói · Không thay đổi: 0 gói · Bị chặn: 0 gói.')).toBeInTheDocument();
    expect(packageCard('LL – UBND xã Lê Lợi')).toHaveTextContent('Kết quả: Sẽ nhập');

    await user.click(applyButton());
    const done = await screen.findByRole('heading', { name: 'Đã nhập xong' });
    expect(backend.callsTo('exchange.apply').map((call) => call.input)).toEqual([
      { tokens: ['token-1', 'token-2'], passphrases: ['mat khau chung 2026'], force: ['token-2'] },
    ]);
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(screen.getByText('Đã nhập 2 gói số liệu.')).toBeInTheDocument();
    const imported = screen.getByRole('table', { name: 'Đã nhập xong' });
    expect(
      within(imported)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [within(row).getByRole('rowheader').textContent, ...cellTexts(within(row).getAllByRole('cell')).slice(0, 5)]),
    ).toEqual([
      ['NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền', '3', 'Quý IV/2026', '9', '2', '1'],
      ['LL – UBND xã Lê Lợi', '2', 'Quý III/2026', '0', '3', '12'],
    ]);
    // The batch is done: its files are gone from the list and from main; the passphrase stays typed.
    expect(stagedNames()).toEqual([]);
    expect(screen.queryByRole('heading', { name: '3. Kết quả kiểm tra' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('mat khau chung 2026');

    await user.click(screen.getByRole('button', { name: 'Ghi biên nhận cho LL – UBND xã Lê Lợi, lần gửi số 2' }));
    expect(await screen.findByText('Đã lưu biên nhận.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.receipt').map((call) => call.input)).toEqual([{ id: 'imported-2' }]);
    expect(backend.callsTo('files.save').map((call) => call.input)).toEqual([receiptFile]);
  });

  it('marks a check out of date when a passphrase changes after it', async () => {
    const { user } = await stageAndCheck([NQ]);
    await waitFor(() => expect(applyButton()).toBeEnabled());
    await user.type(screen.getByLabelText('Mật khẩu'), '!');
    expect(applyButton()).toBeDisabled();
    expect(applyButton()).toHaveAccessibleDescription('Mật khẩu đã đổi sau lần kiểm tra: hãy bấm «Kiểm tra» lại.');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(applyButton()).toBeEnabled());
  });

  it('says why when main refuses, losing nothing typed or picked', async () => {
    const { user, backend } = await stageAndCheck([NQ, GV]);
    await user.click(screen.getByRole('button', { name: 'Thêm mật khẩu khác' }));
    await user.keyboard('mat khau thu hai 2026');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(applyButton()).toBeEnabled());

    backend.override('exchange.apply', () => fail('errors.importBlocked'));
    await user.click(applyButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa nhập được. Còn gói có vấn đề trong lượt nhập này.');
    expect(stagedNames()).toEqual([NQ, GV]);
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('mat khau chung 2026');
    expect(screen.getByLabelText('Mật khẩu thứ 2')).toHaveValue('mat khau thu hai 2026');
    expect(packageCard('NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền')).toBeInTheDocument();

    backend.override('exchange.dryRun', () => fail('errors.stagedFileMissing'));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'Chưa kiểm tra được. Không còn thấy tệp đã chọn (có thể ứng dụng đã khởi động lại). Hãy chọn lại các tệp. Không có gì được thay đổi.',
      ),
    );
    expect(stagedNames()).toEqual([NQ, GV]);
  });

  it('saves the summary a package carries, with the passphrases it was checked with', async () => {
    window.baoTro = {} as Bridge;
    const { user, backend } = await stageAndCheck([NQ]);
    await user.click(screen.getByRole('button', { name: 'Lưu bảng tóm tắt (Excel) của NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền' }));
    expect(await screen.findByText('Đã lưu bảng tóm tắt.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.stagedSummary').map((call) => call.input)).toEqual([{ token: 'token-1', passphrases: ['mat khau chung 2026'] }]);
  });
});

describe('what the check says', () => {
  it('announces its summary and moves the focus there after "Kiểm tra"', async () => {
    await stageAndCheck([NQ, GV]);
    const summary = screen.getByText('Sẽ nhập: 1 gói · Không thay đổi: 1 gói · Bị chặn: 0 gói.');
    expect(summary).toHaveAttribute('role', 'status');
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('offers the receipt of the earlier import when a file was imported before', async () => {
    window.baoTro = {} as Bridge;
    const { user, backend } = await stageAndCheck([GV]);
    const gv = packageCard('GV – Phòng Văn hóa – Xã hội phường Gia Viên');
    expect(gv).toHaveTextContent('Tệp này đã được nhập trước đây. Nếu đơn vị chưa nhận được biên nhận, hãy ghi lại biên nhận và gửi cho đơn vị.');
    await user.click(within(gv).getByRole('button', { name: 'Ghi biên nhận cho GV – Phòng Văn hóa – Xã hội phường Gia Viên, lần gửi số 7' }));
    expect(await within(gv).findByText('Đã lưu biên nhận.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.receipt').map((call) => call.input)).toEqual([{ id: 'imp-1' }]);
    expect(backend.callsTo('files.save').map((call) => call.input)).toEqual([receiptFile]);
  });
});

describe('the batch while moving about', () => {
  const tabs = () => screen.getByRole('navigation', { name: 'Các trang trao đổi dữ liệu' });

  it('keeps the files, passphrases and check across the exchange area\'s tabs', async () => {
    const { user, backend } = await stageAndCheck([NQ, GV]);
    await user.click(screen.getByRole('button', { name: 'Thêm mật khẩu khác' }));
    await user.keyboard('mat khau rieng 2026');

    await user.click(within(tabs()).getByRole('link', { name: 'Các đơn vị' }));
    await screen.findByRole('table', { name: 'Các đơn vị đã gửi số liệu' });
    await user.click(within(tabs()).getByRole('link', { name: 'Nhập tệp' }));

    await screen.findByRole('heading', { level: 2, name: '1. Chọn tệp' });
    expect(stagedNames()).toEqual([NQ, GV]);
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('mat khau chung 2026');
    expect(screen.getByLabelText('Mật khẩu thứ 2')).toHaveValue('mat khau rieng 2026');
    expect(screen.getByText('Sẽ nhập: 1 gói · Không thay đổi: 1 gói · Bị chặn: 0 gói.')).toBeInTheDocument();
    expect(packageCard('NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền')).toBeInTheDocument();
    expect(backend.callsTo('exchange.unstage')).toEqual([]);
    expect(backend.callsTo('exchange.dryRun')).toHaveLength(1);
  });

  it('still shows what was imported on return, without taking the focus again', async () => {
    const { user } = await stageAndCheck([NQ]);
    await waitFor(() => expect(applyButton()).toBeEnabled());
    await user.click(applyButton());
    const done = await screen.findByRole('heading', { name: 'Đã nhập xong' });
    expect(done.closest('[role="status"]')).toHaveFocus();

    await user.click(within(tabs()).getByRole('link', { name: 'Nhật ký nhập' }));
    await screen.findByRole('heading', { level: 2, name: 'Nhật ký nhập' });
    await user.click(within(tabs()).getByRole('link', { name: 'Nhập tệp' }));
    const notice = (await screen.findByText('Đã nhập 1 gói số liệu.')).closest('[role="status"]');
    // The page's move puts the focus where every page's does (the main area), not on the notice.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(notice).not.toHaveFocus();
  });

  it('hands the staged files back to main when the user leaves the exchange area', async () => {
    const { user, backend, router } = await stageAndCheck([NQ, GV]);
    await user.click(within(screen.getByRole('navigation', { name: 'Các phần chính' })).getByRole('link', { name: 'Báo cáo toàn tỉnh' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/province-report'));
    await waitFor(() => expect(backend.callsTo('exchange.unstage').map((call) => call.input)).toEqual([{ token: 'token-1' }, { token: 'token-2' }]));

    // Back again: a fresh batch.
    await user.click(within(screen.getByRole('navigation', { name: 'Các phần chính' })).getByRole('link', { name: 'Nhập số liệu các đơn vị' }));
    await screen.findByRole('heading', { level: 2, name: '1. Chọn tệp' });
    expect(stagedNames()).toEqual([]);
  });

  it('hands back a file main was still reading when the user left', async () => {
    const backend = provinceBackend();
    let answer: (() => void) | undefined;
    backend.override('exchange.stage', () => new Promise((resolve) => (answer = () => resolve(ok({ token: 'token-late', fileName: NQ, sizeBytes: 10, sha256: 'sha-late' })))));
    const { user, router } = await openImport(backend);
    await user.upload(picker(), [packageFile(NQ), packageFile(GV)]);
    await waitFor(() => expect(answer).toBeDefined());
    await act(() => router.navigate('/province-report'));
    answer?.();
    await waitFor(() => expect(backend.callsTo('exchange.unstage').map((call) => call.input)).toEqual([{ token: 'token-late' }]));
    // The rest of the files are not sent once the user has gone.
    expect(backend.callsTo('exchange.stage')).toHaveLength(1);
  });

  it('reports a file main has no room for as not added, and goes on with the others', async () => {
    const backend = provinceBackend();
    const { user } = await openImport(backend);
    let count = 0;
    backend.override('exchange.stage', (input) => {
      count += 1;
      const { fileName } = input as { fileName: string };
      return count === 2 ? fail('errors.stagingFull') : ok({ token: `token-${count}`, fileName, sizeBytes: 10, sha256: `sha-${fileName}` });
    });
    await user.upload(picker(), [packageFile(NQ), packageFile(GV), packageFile(LL)]);
    await waitFor(() => expect(stagedNames()).toEqual([NQ, LL]));
    expect(within(screen.getByRole('alert')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `Tệp ${GV} chưa được thêm: Đã chọn quá nhiều tệp cho một lượt nhập. Hãy nhập bớt các tệp đã chọn (hoặc bỏ bớt) rồi chọn tiếp.`,
    ]);
    expect(backend.callsTo('exchange.stage')).toHaveLength(3);
  });
});
