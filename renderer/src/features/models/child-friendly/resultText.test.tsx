import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { childFriendlyResult } from '../../../../../shared/codes/models';
import { createI18n } from '../../../i18n';
import { useChildFriendlyResultText } from './resultText';

describe('the words of a child-friendly result', () => {
  it('says a damaged score sheet must be scored again, besides the total', async () => {
    const i18n = await createI18n('vi');
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
    const { result } = renderHook(() => useChildFriendlyResultText(), { wrapper });
    const damaged = childFriendlyResult(Array.from({ length: 12 }, () => 80), 'other');
    expect(result.current(damaged)).toBe(
      'Tổng 960/850 — Chưa đạt: bảng điểm không đủ 13 tiêu chí (dữ liệu bị hỏng), hãy chấm lại.',
    );
    expect(result.current(childFriendlyResult(Array.from({ length: 13 }, () => 70), 'other'))).toBe('Tổng 910/850 — Đạt');
  });
});
