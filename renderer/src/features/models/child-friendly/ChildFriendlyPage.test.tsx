import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { childFriendlyResult } from '../../../../../shared/codes/models';
import type { ChildFriendlyScore } from '../../../../../shared/models';
import { createRegisterBackend } from '../../../test/registerFixtures';
import { fill } from '../../../test/screen';
import { Refusal, serve } from '../../../test/serve';
import { liveResult } from '../common/testing';
import { thisYear } from '../common/year';
import { renderModels } from '../safe-home/testing';

const criteriaTexts = Array.from({ length: 13 }, (_, index) => `Tiêu chí thử ${index + 1}`);

function childFriendlyBackend(scores: ChildFriendlyScore[] = []) {
  const backend = createRegisterBackend();
  serve(backend, 'models.childFriendlyCriteria', () => criteriaTexts);
  serve(backend, 'models.childFriendlyScores', () => scores);
  serve(backend, 'models.saveChildFriendlyScore', (input) => {
    const saved: ChildFriendlyScore = {
      ...input,
      id: 'score-1',
      unitName: 'Phường Ngô Quyền',
      result: childFriendlyResult(input.scores, input.communeClass),
      updatedAt: '2026-11-22T08:00:00.000Z',
    };
    scores.push(saved);
    return saved;
  });
  return backend;
}

describe('scoring a child-friendly commune', () => {
  it('shows the result live at the threshold, one point below it, and with a criterion at 0', async () => {
    const backend = childFriendlyBackend();
    const { user } = await renderModels('/models/child-friendly', backend);
    const table = await screen.findByRole('table', { name: `Chấm điểm xã, phường phù hợp với trẻ em năm ${thisYear()}` });
    const row = within(table).getByRole('row', { name: /Phường Ngô Quyền/ });
    expect(row).toHaveTextContent('Chưa chấm điểm');
    await user.click(within(row).getByRole('button', { name: 'Chấm điểm Phường Ngô Quyền' }));
    const dialog = screen.getByRole('dialog', { name: `Chấm điểm xã, phường phù hợp với trẻ em năm ${thisYear()}` });
    const result = liveResult(dialog, 'Kết quả chấm điểm');
    expect(result).toHaveTextContent('Chọn loại xã, phường để tính kết quả.');

    await user.selectOptions(within(dialog).getByLabelText('Loại xã, phường'), 'Xã, phường, thị trấn khác (ngưỡng 850 điểm)');
    // 12 × 65 + 70 = 850, the threshold of this class.
    for (let number = 1; number <= 12; number += 1) await fill(user, within(dialog).getByLabelText(`${number}. Tiêu chí thử ${number}`), '65');
    const last = within(dialog).getByLabelText('13. Tiêu chí thử 13');
    await fill(user, last, '70');
    expect(result).toHaveTextContent('Tổng 850/850 — Đạt');

    await user.clear(last);
    await fill(user, last, '69');
    expect(result).toHaveTextContent('Tổng 849/850 — Chưa đạt: tổng điểm chưa đạt ngưỡng 850.');

    await user.selectOptions(within(dialog).getByLabelText('Loại xã, phường'), 'Xã miền núi, hải đảo, đặc biệt khó khăn (ngưỡng 800 điểm)');
    expect(result).toHaveTextContent('Tổng 849/800 — Đạt');

    const third = within(dialog).getByLabelText('3. Tiêu chí thử 3');
    await user.clear(third);
    await fill(user, third, '0');
    expect(result).toHaveTextContent('Tổng 784/800 — Chưa đạt: tổng điểm chưa đạt ngưỡng 800; tiêu chí 3 được 0 điểm.');
    await user.clear(third);
    await fill(user, third, '150');
    expect(result).toHaveTextContent('Tổng 934/800 — Đạt');

    await user.click(within(dialog).getByRole('button', { name: 'Lưu điểm' }));
    expect(await screen.findByText('Đã lưu điểm của Phường Ngô Quyền.')).toBeInTheDocument();
    expect(backend.callsTo('models.saveChildFriendlyScore')[0]?.input).toMatchObject({
      unitId: '11311',
      year: thisYear(),
      communeClass: 'mountainIslandDisadvantaged',
      scores: [65, 65, 150, 65, 65, 65, 65, 65, 65, 65, 65, 65, 69],
    });
  });

  it('saves the names of the 13 criteria', async () => {
    const backend = childFriendlyBackend();
    serve(backend, 'models.saveChildFriendlyCriteria', (input) => input.texts);
    const { user } = await renderModels('/models/child-friendly', backend);
    await user.click(await screen.findByText('Tên 13 tiêu chí'));
    const first = screen.getByLabelText('Tiêu chí 1');
    await user.clear(first);
    await fill(user, first, 'Trẻ em được khai sinh đúng hạn');
    await user.click(screen.getByRole('button', { name: 'Lưu tên tiêu chí' }));
    expect(await screen.findByText('Đã lưu tên các tiêu chí.')).toBeInTheDocument();
    expect(backend.callsTo('models.saveChildFriendlyCriteria')[0]?.input).toEqual({ texts: ['Trẻ em được khai sinh đúng hạn', ...criteriaTexts.slice(1)] });
  });

  it('lists only the old wards for a legacy district, on the page and in the form', async () => {
    const backend = childFriendlyBackend();
    serve(backend, 'office.units', () => [
      { id: 'w:11311', name: 'Phường Lạch Tray', kind: 'legacyWard' },
      { id: 'w:11329', name: 'Phường Máy Chai', kind: 'legacyWard' },
      { id: '11311', name: 'Phường Ngô Quyền', kind: 'commune' },
    ]);
    const { user } = await renderModels('/models/child-friendly', backend);
    const table = await screen.findByRole('table', { name: `Chấm điểm xã, phường phù hợp với trẻ em năm ${thisYear()}` });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Phường Lạch Tray', 'Phường Máy Chai']);
    await user.click(screen.getByRole('button', { name: 'Chấm điểm' }));
    const dialog = screen.getByRole('dialog');
    expect(within(within(dialog).getByLabelText('Xã, phường')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '— Chọn —',
      'Phường Lạch Tray',
      'Phường Máy Chai',
    ]);
  });

  it('never overwrites another score: a scored commune is edited with its commune fixed, and a new score leaves it out', async () => {
    const year = thisYear();
    const scored: ChildFriendlyScore = {
      id: 'score-9',
      unitId: '11311',
      unitName: 'Phường Ngô Quyền',
      year,
      communeClass: 'other',
      assessedOn: `${year}-05-02`,
      scores: Array.from({ length: 13 }, () => 70),
      note: null,
      result: childFriendlyResult(Array.from({ length: 13 }, () => 70), 'other'),
      updatedAt: `${year}-05-02T08:00:00.000Z`,
    };
    const backend = childFriendlyBackend([scored]);
    const { user } = await renderModels('/models/child-friendly', backend);
    const row = await screen.findByRole('row', { name: /Phường Ngô Quyền/ });
    await user.click(within(row).getByRole('button', { name: 'Chấm điểm Phường Ngô Quyền' }));
    let dialog = screen.getByRole('dialog');
    const unit = within(dialog).getByLabelText('Xã, phường');
    expect(unit.tagName).toBe('INPUT');
    expect(unit).toHaveAttribute('readonly');
    expect(unit).toHaveValue('Phường Ngô Quyền');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy bỏ' }));

    await user.click(screen.getByRole('button', { name: 'Chấm điểm' }));
    dialog = screen.getByRole('dialog');
    expect(within(within(dialog).getByLabelText('Xã, phường')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '— Chọn —',
      'Phường Gia Viên',
    ]);
  });

  it("starts a past year's score on the year's last day, and shows refusals on the date and on the criterion named", async () => {
    const backend = childFriendlyBackend();
    serve(backend, 'models.saveChildFriendlyScore', () => {
      throw new Refusal('errors.invalidInput', [
        { path: 'assessedOn', message: 'validation.dateInYear' },
        { path: 'scores.4', message: 'validation.tooLong' },
      ]);
    });
    const { user } = await renderModels('/models/child-friendly?year=2024', backend);
    const row = await screen.findByRole('row', { name: /Phường Gia Viên/ });
    await user.click(within(row).getByRole('button', { name: 'Chấm điểm Phường Gia Viên' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByLabelText('Ngày chấm điểm')).toHaveValue('31/12/2024');
    await user.selectOptions(within(dialog).getByLabelText('Loại xã, phường'), 'Xã, phường, thị trấn khác (ngưỡng 850 điểm)');
    for (let number = 1; number <= 13; number += 1) await fill(user, within(dialog).getByLabelText(`${number}. Tiêu chí thử ${number}`), '70');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điểm' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Ngày chấm điểm')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByLabelText('Ngày chấm điểm')).toHaveAccessibleDescription(/Ngày đánh giá phải thuộc năm đã chọn\./);
    expect(within(dialog).getByLabelText('5. Tiêu chí thử 5')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('4. Tiêu chí thử 4')).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(within(dialog).getByLabelText('Ngày chấm điểm')).toHaveFocus());
  });

  it("puts a refusal of a criterion's name on its box, and asks before leaving with names typed", async () => {
    const backend = childFriendlyBackend();
    serve(backend, 'models.saveChildFriendlyCriteria', () => {
      throw new Refusal('errors.invalidInput', [{ path: 'texts.2', message: 'validation.tooLong' }]);
    });
    const { user, router } = await renderModels('/models/child-friendly', backend);
    await user.click(await screen.findByText('Tên 13 tiêu chí'));
    await fill(user, screen.getByLabelText('Tiêu chí 3'), ' mới');
    await user.click(screen.getByRole('button', { name: 'Lưu tên tiêu chí' }));
    await waitFor(() => expect(screen.getByLabelText('Tiêu chí 3')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Tiêu chí 3')).toHaveAccessibleDescription(/.+/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await router.navigate('/models/flood');
    const ask = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await user.click(within(ask).getByRole('button', { name: 'Ở lại trang' }));
    expect(screen.getByLabelText('Tiêu chí 3')).toHaveValue('Tiêu chí thử 3 mới');
  });
});
