import { describe, expect, it } from 'vitest';
import { attachmentOpenName } from './attachment-name';

const pdf = (name: string) => attachmentOpenName(name, 'application/pdf');

describe('the name of an opened attachment', () => {
  it('keeps the user’s name, in Vietnamese, with the extension of the type the bytes are', () => {
    expect(pdf('Quyết định 125.pdf')).toBe('Quyết định 125.pdf');
    expect(attachmentOpenName('hoa-don.PNG', 'image/png')).toBe('hoa-don.png');
    expect(attachmentOpenName('anh chup.jpeg', 'image/jpeg')).toBe('anh chup.jpg');
    expect(pdf('to-trinh')).toBe('to-trinh.pdf');
  });

  it('never keeps the user’s extension', () => {
    expect(pdf('quyet-dinh.exe')).toBe('quyet-dinh.pdf');
    expect(pdf('quyet-dinh.pdf.exe')).toBe('quyet-dinh.pdf.pdf');
    expect(attachmentOpenName('hoa-don.pdf', 'image/png')).toBe('hoa-don.png');
    // A dot inside the name is not an extension.
    expect(pdf('Biên bản 2.3 bản chụp')).toBe('Biên bản 2.3 bản chụp.pdf');
  });

  it('drops path separators, forbidden and control characters, and text-reversing marks', () => {
    expect(pdf('..\\..\\Windows\\system32\\x.pdf')).toBe('Windowssystem32x.pdf');
    expect(pdf('../../etc/passwd')).toBe('etcpasswd.pdf');
    expect(pdf('a:b*c?d"e<f>g|h.pdf')).toBe('abcdefgh.pdf');
    expect(pdf('dong\u0000mot\u001fhai\u007f.pdf')).toBe('dongmothai.pdf');
    // "hoa-don‮fdp.exe" shows as "hoa-donexe.pdf" in a file manager.
    expect(pdf('hoa-don\u202efdp.exe')).toBe('hoa-donfdp.pdf');
    expect(pdf('  giấy   mời\t\n họp  .pdf')).toBe('giấy mời họp.pdf');
  });

  it('drops dots and spaces at the ends, which Windows would drop or which hide a file', () => {
    expect(pdf('ket-qua. . .pdf')).toBe('ket-qua.pdf');
    expect(pdf('.an-di.pdf')).toBe('an-di.pdf');
    expect(pdf('ket-qua...')).toBe('ket-qua.pdf');
  });

  it('does not use the names Windows keeps for devices, with or without an extension', () => {
    for (const name of ['CON', 'con.pdf', 'PRN.txt', 'aux', 'NUL.tar.gz', 'COM1.pdf', 'com9', 'LPT1', 'lpt9.jpg', 'nul .pdf']) {
      expect(pdf(name)).toBe('tep-dinh-kem.pdf');
    }
    expect(pdf('CONG VAN.pdf')).toBe('CONG VAN.pdf');
    expect(pdf('COM10.pdf')).toBe('COM10.pdf');
  });

  it('falls back to tep-dinh-kem when nothing is left', () => {
    for (const name of ['', '.pdf', '...', ' . ', '///', '\u202e\u0000']) expect(pdf(name)).toBe('tep-dinh-kem.pdf');
  });

  it('is at most 100 characters before the extension, without splitting a character', () => {
    // Ten characters (a space last), 15 times: the cut falls just after a space, which is dropped.
    expect(pdf(`${'Phiếu chi '.repeat(15)}.pdf`)).toBe(`${'Phiếu chi '.repeat(10).trimEnd()}.pdf`);
    expect(pdf(`${'😀'.repeat(150)}.pdf`)).toBe(`${'😀'.repeat(100)}.pdf`);
  });
});
