import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/errors';
import type { ImportMapping, ImportPreview, ImportRowPreview } from '../../../../shared/schemas/import';
import { createFakeBackend, sampleOffice } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const headers = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Xã/phường', 'Nhóm'];
const suggested: ImportMapping = { fullName: 1, birthDate: 2, sex: 3, unit: 4, groups: 5 };

const okRow = (rowNumber: number, fullName: string): ImportRowPreview => ({
  rowNumber,
  fullName,
  birthDate: '2015-03-05',
  issues: [],
  duplicates: [],
});

function previewOf(rows: ImportRowPreview[], mapping: ImportMapping = suggested): ImportPreview {
  const errorCount = rows.filter((r) => r.issues.length > 0).length;
  return {
    fileName: 'danh-sach.csv',
    headers,
    mapping,
    rows,
    validCount: rows.length - errorCount,
    errorCount,
    duplicateCount: rows.filter((r) => r.issues.length === 0 && r.duplicates.length > 0).length,
  };
}

const badFile = previewOf([
  okRow(2, 'Nguyễn Thị Hoa'),
  { ...okRow(3, 'Trần Văn Bình'), birthDate: null, issues: [{ field: 'birthDate', message: 'import.badDate' }] },
  okRow(4, 'Lê Minh Khoa'),
  {
    ...okRow(5, 'Phạm Gia Vy'),
    issues: [
      { field: 'unit', message: 'import.unknownUnit' },
      { field: 'sex', message: 'validation.required' },
    ],
  },
]);
const goodFile = previewOf([okRow(2, 'Nguyễn Thị Hoa'), okRow(3, 'Trần Văn Bình'), okRow(4, 'Lê Minh Khoa'), okRow(5, 'Phạm Gia Vy')]);

async function openImport() {
  const backend = createFakeBackend({ office: sampleOffice });
  const app = await renderApp({ backend, path: '/children/import' });
  await screen.findByRole('heading', { level: 1, name: 'Nhập danh sách từ Excel hoặc CSV' });
  return app;
}

/** The counts line ("120 dòng hợp lệ, 2 dòng lỗi"), once the preview has come. */
const expectCounts = (text: string) =>
  waitFor(() => expect(screen.getByText(/dòng hợp lệ/)).toHaveTextContent(text));

const csv = (name: string, text = 'Họ và tên;Ngày sinh\nA;01/01/2015\n') => new File([text], name, { type: 'text/csv' });

describe('import page', () => {
  it('shows the rows with errors, refuses to import, then imports the fixed file', async () => {
    const { user, backend, router } = await openImport();
    let answer = badFile;
    backend.override('import.preview', () => ok(answer));
    backend.override('import.commit', () => ok({ imported: 4 }));

    await user.upload(screen.getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'), csv('danh-sach.csv'));

    await expectCounts('2 dòng hợp lệ, 2 dòng lỗi');
    const sent = backend.callsTo('import.preview')[0]?.input as { fileName: string; base64: string; mapping: unknown };
    expect(sent.fileName).toBe('danh-sach.csv');
    expect(atob(sent.base64)).toContain('01/01/2015');
    expect(sent.mapping).toBeNull();

    // Rows that need a look are listed first, with their problems in Vietnamese.
    const table = screen.getByRole('table');
    const row3 = within(table).getByRole('row', { name: /Trần Văn Bình/ });
    expect(row3).toHaveTextContent('Ngày sinh: Ngày không đọc được. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 05/03/2015.');
    const row5 = within(table).getByRole('row', { name: /Phạm Gia Vy/ });
    expect(row5).toHaveTextContent('Xã, phường: Xã, phường này không thuộc địa bàn của đơn vị.');
    expect(row5).toHaveTextContent('Giới tính: Mục này không được để trống.');
    expect(within(table).queryByText('Nguyễn Thị Hoa')).not.toBeInTheDocument();

    const button = screen.getByRole('button', { name: 'Nhập 2 trẻ' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/Còn dòng lỗi nên chưa nhập được/);

    await user.click(screen.getByLabelText('Tất cả các dòng'));
    expect(within(screen.getByRole('table')).getByRole('row', { name: /Nguyễn Thị Hoa/ })).toHaveTextContent('Hợp lệ');

    answer = goodFile;
    await user.upload(screen.getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'), csv('danh-sach-da-sua.csv'));
    await expectCounts('4 dòng hợp lệ, 0 dòng lỗi');
    // Nothing needs a look, so every row shows.
    expect(within(screen.getByRole('table')).getAllByText('Hợp lệ')).toHaveLength(4);
    await user.click(screen.getByLabelText('Chỉ các dòng lỗi hoặc nghi trùng'));
    expect(screen.getByText('Không có dòng lỗi hay nghi trùng.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nhập 4 trẻ' }));

    const done = await screen.findByText('Đã nhập 4 trẻ vào sổ theo dõi.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(backend.callsTo('import.commit')).toHaveLength(1);
    expect(backend.callsTo('import.commit')[0]?.input).toMatchObject({
      fileName: 'danh-sach-da-sua.csv',
      mapping: suggested,
      acceptedDuplicateRows: [],
    });
    await user.click(screen.getByRole('link', { name: 'Mở sổ theo dõi' }));
    expect(router.state.location.pathname).toBe('/children');
  });

  it('shows the sheet’s headers in the mapping and checks again when a column changes', async () => {
    const { user, backend } = await openImport();
    backend.override('import.preview', (input) => {
      const mapping = (input as { mapping: ImportMapping | null }).mapping;
      if (mapping === null) return ok(goodFile);
      return ok(previewOf(goodFile.rows.map((row) => ({ ...row, fullName: '', issues: [{ field: 'fullName', message: 'validation.required' }] })), mapping));
    });
    await user.upload(screen.getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'), csv('ds.csv'));

    const nameColumn = await screen.findByRole('combobox', { name: 'Họ và tên' });
    expect(nameColumn).toHaveValue('1');
    expect(within(nameColumn).getByRole('option', { name: 'Cột B: Họ và tên' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Số định danh cá nhân' })).toHaveValue('');

    await user.selectOptions(nameColumn, '— Không lấy —');
    await expectCounts('0 dòng hợp lệ, 4 dòng lỗi');
    expect(backend.callsTo('import.preview').at(-1)?.input).toMatchObject({ mapping: { ...suggested, fullName: null } });
    expect(nameColumn).toHaveFocus();
    expect(nameColumn).toHaveValue('');
  });

  it('blocks a possible duplicate until it is marked as another child', async () => {
    const { user, backend } = await openImport();
    const duplicate: ImportRowPreview = {
      ...okRow(3, 'Trần Văn Bình'),
      duplicates: [{ id: 'c-1', fullName: 'Trần Văn Bình', birthDate: '2015-03-05', unitName: 'Phường Gia Viên', reason: 'similarName' }],
    };
    backend.override('import.preview', () => ok(previewOf([okRow(2, 'Nguyễn Thị Hoa'), duplicate])));
    backend.override('import.commit', () => ok({ imported: 2 }));
    await user.upload(screen.getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'), csv('ds.csv'));

    expect(await screen.findByText(/1 dòng nghi trùng với trẻ đã có trong sổ/)).toBeInTheDocument();
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Trần Văn Bình/ });
    expect(row).toHaveTextContent('Trần Văn Bình, sinh 05/03/2015, Phường Gia Viên (tên gần giống, cùng ngày sinh)');
    const button = screen.getByRole('button', { name: 'Nhập 2 trẻ' });
    expect(button).toBeDisabled();

    await user.click(within(row).getByRole('checkbox', { name: 'Không phải trùng' }));
    expect(button).toBeEnabled();
    await user.click(button);
    expect(await screen.findByText('Đã nhập 2 trẻ vào sổ theo dõi.')).toBeInTheDocument();
    expect(backend.callsTo('import.commit')[0]?.input).toMatchObject({ acceptedDuplicateRows: [3] });
  });

  it('says so when the file cannot be read, or the commit is refused', async () => {
    const { user, backend } = await openImport();
    backend.override('import.preview', () => fail('errors.importUnreadable'));
    await user.upload(screen.getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'), csv('anh.xlsx', 'not a sheet'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không đọc được tệp. Hãy chọn tệp Excel (.xlsx) hoặc CSV.');
    expect(screen.queryByRole('button', { name: /Nhập \d+ trẻ/ })).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'), csv('rong.csv', ''));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không đọc được tệp.');
    expect(backend.callsTo('import.preview')).toHaveLength(1);

    backend.override('import.preview', () => ok(goodFile));
    backend.override('import.commit', () => fail('errors.importInvalid'));
    await user.upload(screen.getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'), csv('ds.csv'));
    await user.click(await screen.findByRole('button', { name: 'Nhập 4 trẻ' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Tệp còn dòng lỗi nên chưa nhập dòng nào.'),
    );
  });
});
