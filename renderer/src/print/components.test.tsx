import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { sampleOffice } from '../test/fakeBackend';
import { AdministrativeHeader } from './AdministrativeHeader';
import { DocumentTable } from './DocumentTable';
import { SignatureBlocks, useOfficeSignatures } from './SignatureBlocks';

async function renderDocument(node: ReactNode, language: 'vi' | 'en' = 'vi') {
  const i18n = await createI18n(language);
  return render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

function OfficeSigners({ accountant }: { accountant: boolean }) {
  return <SignatureBlocks blocks={useOfficeSignatures(sampleOffice, { accountant })} />;
}

describe('print components', () => {
  it('head a document with capitals for the agencies, whatever case they were typed in, in Vietnamese', async () => {
    await renderDocument(
      <AdministrativeHeader parentAgency="Ủy ban nhân dân xã An Hưng" agency="Văn phòng HĐND và UBND" number="12/BC-UBND" place="An Hưng" date="2026-03-15" />,
      'en',
    );
    expect(screen.getByText('ỦY BAN NHÂN DÂN XÃ AN HƯNG')).toHaveClass('admin-header__parent');
    expect(screen.getByText('VĂN PHÒNG HĐND VÀ UBND')).toHaveClass('admin-header__issuer');
    expect(screen.getByText('Số: 12/BC-UBND')).toBeInTheDocument();
    expect(screen.getByText('An Hưng, ngày 15 tháng 3 năm 2026')).toBeInTheDocument();
    expect(screen.getByText('Độc lập - Tự do - Hạnh phúc')).toHaveClass('admin-header__motto');
  });

  it('sign with the preparer, the accountant where money is involved, and the head', async () => {
    const { unmount } = await renderDocument(<OfficeSigners accountant />);
    expect([...document.querySelectorAll('.signature__title')].map((n) => n.textContent)).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect([...document.querySelectorAll('.signature__name')].map((n) => n.textContent)).toEqual(['Trần Thị Bình', '', 'Nguyễn Văn An']);
    unmount();
    await renderDocument(<OfficeSigners accountant={false} />);
    expect(screen.queryByText('KẾ TOÁN')).not.toBeInTheDocument();
  });

  it('number the columns of any table, and close it with Tổng cộng only when asked', async () => {
    const columns = [{ align: 'center' as const }, {}, { align: 'right' as const }];
    const header = [[{ label: 'STT' }, { label: 'Họ và tên' }, { label: 'Số tiền' }]];
    const rows = [{ key: '1', cells: ['1', 'Lê Thị Hoa', '300.000'] }];
    const { unmount } = await renderDocument(<DocumentTable columns={columns} header={header} rows={rows} total={{ labelSpan: 2, cells: ['300.000'] }} />);
    const table = screen.getByRole('table');
    const all = within(table).getAllByRole('row');
    expect(all[1] && within(all[1]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['(1)', '(2)', '(3)']);
    expect(all[1]?.parentElement?.tagName).toBe('THEAD');
    expect(within(table).getByText('300.000', { selector: '.document-table__total td' })).toHaveClass('cell--right');
    expect(within(table).getByText('Tổng cộng')).toHaveAttribute('colspan', '2');
    unmount();
    await renderDocument(<DocumentTable columns={columns} header={header} rows={rows} />);
    expect(screen.queryByText('Tổng cộng')).not.toBeInTheDocument();
  });
});
