import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRegisterBackend, makeChild } from '../../../test/registerFixtures';
import { fill } from '../../../test/screen';
import { Refusal, serve } from '../../../test/serve';
import { liveResult } from '../common/testing';
import { thisYear } from '../common/year';
import { criterionId, makeCriteria, renderModels, serveSafeHome } from './testing';

const result = () => liveResult(screen.getByRole('dialog'), 'Kết quả đánh giá');
const box = (dialog: HTMLElement, number: number) => within(dialog).getByLabelText(`Tiêu chí mẫu ${String(number).padStart(2, '0')}`, { exact: false });

describe('assessing a household', () => {
  it('computes the result live as criteria are ticked: 22 vs 23 met, a mandatory one missing, a child injured', async () => {
    const backend = createRegisterBackend({ children: [makeChild()] });
    serveSafeHome(backend, makeCriteria(15));
    const { user } = await renderModels('/models/safe-home', backend);
    await user.click(await screen.findByRole('button', { name: 'Đánh giá hộ' }));
    const dialog = screen.getByRole('dialog', { name: 'Đánh giá hộ gia đình' });
    expect(box(dialog, 1)).toHaveAccessibleName('1. Tiêu chí mẫu 01 (bắt buộc)');
    expect(box(dialog, 16)).toHaveAccessibleName('16. Tiêu chí mẫu 16');

    for (let number = 1; number <= 22; number += 1) await user.click(box(dialog, number));
    expect(result()).toHaveTextContent('Đạt 22/33 tiêu chí, 15/15 tiêu chí bắt buộc — Chưa đạt: Chưa đủ 23 tiêu chí.');

    await user.click(box(dialog, 23));
    expect(result()).toHaveTextContent('Đạt 23/33 tiêu chí, 15/15 tiêu chí bắt buộc — Đạt ngôi nhà an toàn');

    await user.click(box(dialog, 7));
    await user.click(box(dialog, 24));
    expect(result()).toHaveTextContent('Đạt 23/33 tiêu chí, 14/15 tiêu chí bắt buộc — Chưa đạt: Chưa đạt hết các tiêu chí bắt buộc.');

    await user.click(box(dialog, 7));
    await user.click(within(dialog).getByLabelText('Trong năm có trẻ em bị tai nạn, thương tích tại nhà'));
    expect(result()).toHaveTextContent(
      'Đạt 24/33 tiêu chí, 15/15 tiêu chí bắt buộc — Chưa đạt: Trong năm có trẻ em bị tai nạn, thương tích tại nhà.',
    );
    await user.click(within(dialog).getByLabelText('Trong năm có trẻ em bị tai nạn, thương tích tại nhà'));
    expect(result()).toHaveTextContent('— Đạt ngôi nhà an toàn');

    await user.selectOptions(within(dialog).getByLabelText('Xã, phường'), 'Phường Gia Viên');
    await fill(user, within(dialog).getByLabelText('Chủ hộ'), 'Phạm Văn Khải');
    await fill(user, within(dialog).getByLabelText('Tìm trẻ theo họ tên'), 'dang thi hoa');
    await user.click(await within(dialog).findByLabelText(/Đặng Thị Hoa, sinh ngày 14\/03\/2015/));
    expect(within(dialog).getByRole('list', { name: 'Trẻ em đã liên kết' })).toHaveTextContent('Đặng Thị Hoa, sinh ngày 14/03/2015');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu đánh giá' }));

    expect(await screen.findByText('Đã lưu đánh giá hộ Phạm Văn Khải.')).toBeInTheDocument();
    const [call] = backend.callsTo('models.createSafeHomeAssessment');
    expect(call?.input).toMatchObject({
      unitId: '11329',
      year: thisYear(),
      householdHead: 'Phạm Văn Khải',
      childInjured: false,
      childIds: ['child-1'],
      metCriterionIds: Array.from({ length: 24 }, (_, index) => criterionId(index + 1)),
    });
    const row = await screen.findByRole('row', { name: /Phạm Văn Khải/ });
    expect(within(row).getByText('24/33')).toBeInTheDocument();
    expect(within(row).getByText('15/15')).toBeInTheDocument();
  });

  it('recognises nobody while the office has not marked 15 mandatory criteria', async () => {
    const backend = createRegisterBackend();
    serveSafeHome(backend, makeCriteria(0));
    const { user } = await renderModels('/models/safe-home', backend);
    await user.click(await screen.findByRole('button', { name: 'Đánh giá hộ' }));
    const dialog = screen.getByRole('dialog', { name: 'Đánh giá hộ gia đình' });
    for (let number = 1; number <= 23; number += 1) await user.click(box(dialog, number));
    expect(result()).toHaveTextContent('Đạt 23/33 tiêu chí, 0/0 tiêu chí bắt buộc — Chưa đạt: Danh mục tiêu chí chưa đủ');
  });
});

describe('the criteria editor', () => {
  it('counts the mandatory criteria marked and saves the whole list', async () => {
    const backend = createRegisterBackend();
    serveSafeHome(backend, makeCriteria(0));
    const { user } = await renderModels('/models/safe-home?view=criteria', backend);
    expect(await screen.findByText('Đã đánh dấu 0/15 tiêu chí bắt buộc')).toBeInTheDocument();
    expect(screen.getByText(/đối chiếu với QĐ 548\/QĐ-LĐTBXH/)).toBeInTheDocument();

    for (let number = 1; number <= 14; number += 1) await user.click(screen.getByLabelText(`Bắt buộc (tiêu chí ${number})`));
    expect(screen.getByText('Đã đánh dấu 14/15 tiêu chí bắt buộc')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Bắt buộc (tiêu chí 20)'));
    expect(screen.getByText('Đã đánh dấu 15/15 tiêu chí bắt buộc')).toBeInTheDocument();

    const text = screen.getByLabelText('Tiêu chí 3');
    await user.clear(text);
    await fill(user, text, 'Giếng nước, bể nước có nắp đậy');
    await user.click(screen.getByRole('button', { name: 'Lưu danh mục tiêu chí' }));
    expect(await screen.findByText('Đã lưu danh mục tiêu chí.')).toBeInTheDocument();

    const [call] = backend.callsTo('models.saveSafeHomeCriteria');
    const saved = (call?.input as { criteria: { id: string; area: string; text: string; mandatory: boolean }[] }).criteria;
    expect(saved).toHaveLength(33);
    expect(saved.filter((c) => c.mandatory).map((c) => c.id)).toEqual([...Array.from({ length: 14 }, (_, i) => criterionId(i + 1)), 'c20']);
    expect(saved[2]).toEqual({ id: 'c03', area: 'surroundings', text: 'Giếng nước, bể nước có nắp đậy', mandatory: true });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bỏ thay đổi' })).toBeDisabled());
  });
});

describe('nothing typed is lost, every refusal is shown where it belongs', () => {
  it('says that mandatory flags recompute every result, and asks before leaving the criteria with edits', async () => {
    const backend = createRegisterBackend();
    serveSafeHome(backend, makeCriteria(15));
    const { user, router } = await renderModels('/models/safe-home?view=criteria', backend);
    expect(await screen.findByText(/kết quả của mọi hộ gia đình đã đánh giá được tính lại theo danh mục mới, kể cả các năm trước/)).toBeInTheDocument();
    await fill(user, await screen.findByLabelText('Tiêu chí 2'), ' sửa');

    await user.click(screen.getByRole('button', { name: 'Hộ gia đình' }));
    let ask = screen.getByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await user.click(within(ask).getByRole('button', { name: 'Ở lại trang' }));
    expect(screen.getByLabelText('Tiêu chí 2')).toHaveValue('Tiêu chí mẫu 02 sửa');

    await router.navigate('/models/flood');
    ask = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await user.click(within(ask).getByRole('button', { name: 'Ở lại trang' }));
    expect(screen.getByLabelText('Tiêu chí 2')).toHaveValue('Tiêu chí mẫu 02 sửa');

    await user.click(screen.getByRole('button', { name: 'Hộ gia đình' }));
    ask = screen.getByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await user.click(within(ask).getByRole('button', { name: 'Rời trang, bỏ thay đổi' }));
    expect(await screen.findByRole('button', { name: 'Đánh giá hộ' })).toBeInTheDocument();
  });

  it("puts a refusal of a criterion's text on that row", async () => {
    const backend = createRegisterBackend();
    serveSafeHome(backend, makeCriteria(15));
    serve(backend, 'models.saveSafeHomeCriteria', () => {
      throw new Refusal('errors.invalidInput', [{ path: 'criteria.3.text', message: 'validation.tooLong' }]);
    });
    const { user } = await renderModels('/models/safe-home?view=criteria', backend);
    await fill(user, await screen.findByLabelText('Tiêu chí 4'), ' dài');
    await user.click(screen.getByRole('button', { name: 'Lưu danh mục tiêu chí' }));
    await waitFor(() => expect(screen.getByLabelText('Tiêu chí 4')).toHaveAccessibleDescription('Nội dung quá dài.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('starts a past year on its last day and shows refusals about the ticks and the children under their lists', async () => {
    const backend = createRegisterBackend({ children: [makeChild()] });
    serveSafeHome(backend, makeCriteria(15));
    serve(backend, 'models.createSafeHomeAssessment', () => {
      throw new Refusal('errors.invalidInput', [
        { path: 'metCriterionIds.0', message: 'validation.invalid' },
        { path: 'childIds.0', message: 'validation.childNotFound' },
      ]);
    });
    const { user } = await renderModels('/models/safe-home?year=2024', backend);
    await user.click(await screen.findByRole('button', { name: 'Đánh giá hộ' }));
    const dialog = screen.getByRole('dialog', { name: 'Đánh giá hộ gia đình' });
    expect(within(dialog).getByLabelText('Ngày đánh giá')).toHaveValue('31/12/2024');
    await user.selectOptions(within(dialog).getByLabelText('Năm'), '2023');
    expect(within(dialog).getByLabelText('Ngày đánh giá')).toHaveValue('31/12/2023');

    await user.selectOptions(within(dialog).getByLabelText('Xã, phường'), 'Phường Gia Viên');
    await fill(user, within(dialog).getByLabelText('Chủ hộ'), 'Phạm Văn Khải');
    await user.click(box(dialog, 1));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu đánh giá' }));

    const children = await within(dialog).findByText('Không tìm thấy trẻ em này trong sổ.');
    expect(children.closest('fieldset')).toContainElement(within(dialog).getByLabelText('Tìm trẻ theo họ tên'));
    const ticks = within(dialog).getByText('Giá trị không hợp lệ.', { exact: false });
    expect(ticks.closest('fieldset')).toContainElement(box(dialog, 33));
    // The first message in the form is the ticks': focus goes to the first box.
    await waitFor(() => expect(box(dialog, 1)).toHaveFocus());
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
