import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../../shared/errors';
import type { SupportDetail } from '../../../../../shared/fund';
import { renderApp } from '../../../test/renderApp';
import { approvedSupport, createSupportBackend, doneSupport, makeSupport, fill } from './testing';

async function openCase(support: SupportDetail, backend = createSupportBackend({ supports: [support] })) {
  const app = await renderApp({ backend, path: `/fund/supports/${support.id}` });
  await screen.findByRole('heading', { level: 2, name: 'Phẫu thuật tim' });
  return { ...app, backend };
}

const actionNames = () =>
  within(screen.getByRole('group', { name: 'Thao tác với hồ sơ' }))
    .queryAllByRole('button')
    .map((button) => button.textContent);

const sectionOf = (name: string) => screen.getByRole('region', { name });

describe('a support case', () => {
  it('offers only what a proposal allows', async () => {
    await openCase(makeSupport({ attachments: [attachment()] }));
    expect(actionNames()).toEqual(['Sửa đề xuất', 'Duyệt', 'Không duyệt', 'Hủy hồ sơ']);
    expect(screen.getByRole('link', { name: 'Đặng Thị Hoa' })).toHaveAttribute('href', '/children/child-1');
    expect(screen.getByText('Đề xuất', { selector: '.status-badge' })).toBeInTheDocument();
    expect(sectionOf('Đề xuất')).toHaveTextContent('Thông liên thất, cần phẫu thuật sớm');
    expect(sectionOf('Quyết định')).toHaveTextContent('Chưa có quyết định.');
    expect(within(sectionOf('Theo dõi sau hỗ trợ')).queryByRole('button')).not.toBeInTheDocument();
    const papers = sectionOf('Hồ sơ đính kèm');
    expect(within(papers).getByRole('button', { name: 'Xóa to-trinh.pdf' })).toBeInTheDocument();
    expect(within(papers).getByRole('button', { name: 'Đính kèm' })).toBeInTheDocument();
  });

  it('once done, offers only undoing it, follow-up notes and attachments, and shows the payment', async () => {
    const support = doneSupport({
      attachments: [attachment()],
      events: [
        ...doneSupport().events,
        { id: 'ev-f1', kind: 'followUp', at: '2026-11-20T08:00:00.000Z', on: '2026-11-15', text: 'Trẻ hồi phục tốt, đã đi học lại' },
        { id: 'ev-f2', kind: 'followUp', at: '2026-11-21T08:00:00.000Z', on: '2026-11-20', text: 'Tái khám lần 1: ổn định' },
      ],
    });
    await openCase(support);
    expect(actionNames()).toEqual(['Hủy ghi nhận hoàn thành']);

    const done = sectionOf('Thực hiện và chi phí');
    expect(done).toHaveTextContent('Bệnh viện Nhi Trung ương');
    expect(within(done).getByLabelText('Chi phí thực hiện')).toHaveTextContent('Đơn vị cùng chi trả20.000.000 ₫ (Chương trình Trái tim cho em)');
    expect(within(done).getByLabelText('Chi phí thực hiện')).toHaveTextContent('Tổng chi phí100.000.000 ₫');
    const payment = within(done).getByLabelText('Khoản chi của Quỹ');
    expect(payment).toHaveTextContent('Ngày chi trả05/11/2026');
    expect(payment).toHaveTextContent('Dành cho trẻ Đặng Thị Hoa: 5.000.000 ₫');
    expect(payment).toHaveTextContent('Quỹ chung: 25.000.000 ₫');

    const notes = within(sectionOf('Theo dõi sau hỗ trợ')).getAllByRole('listitem').map((item) => item.textContent);
    expect(notes).toEqual(['20/11/2026: Tái khám lần 1: ổn định', '15/11/2026: Trẻ hồi phục tốt, đã đi học lại']);
    expect(within(sectionOf('Theo dõi sau hỗ trợ')).getByRole('button', { name: 'Lưu ghi chép' })).toBeInTheDocument();
    expect(within(sectionOf('Hồ sơ đính kèm')).queryByRole('button', { name: /Xóa/ })).not.toBeInTheDocument();
    expect(within(sectionOf('Hồ sơ đính kèm')).getByRole('button', { name: 'Đính kèm' })).toBeInTheDocument();
  });

  it('once cancelled, offers nothing and says why', async () => {
    await openCase(
      makeSupport({ status: 'cancelled', actions: [], closedOn: '2026-10-20', closedReason: 'Gia đình chuyển đi tỉnh khác', attachments: [attachment()] }),
    );
    expect(actionNames()).toEqual([]);
    expect(sectionOf('Quyết định')).toHaveTextContent('Ngày hủy hồ sơ20/10/2026');
    expect(sectionOf('Quyết định')).toHaveTextContent('Gia đình chuyển đi tỉnh khác');
    expect(within(sectionOf('Hồ sơ đính kèm')).getByRole('button', { name: 'Mở to-trinh.pdf' })).toBeInTheDocument();
    expect(within(sectionOf('Hồ sơ đính kèm')).queryByRole('button', { name: /Xóa|Đính kèm/ })).not.toBeInTheDocument();
    expect(within(sectionOf('Theo dõi sau hỗ trợ')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('approves with the decision and shows it', async () => {
    const { user, backend } = await openCase(makeSupport());
    await user.click(screen.getByRole('button', { name: 'Duyệt' }));
    const dialog = screen.getByRole('dialog', { name: 'Duyệt hỗ trợ' });
    await fill(user, within(dialog).getByRole('textbox', { name: 'Số quyết định' }), '125/QĐ-UBND');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Ngày quyết định' }), '10/10/2026');
    const amount = within(dialog).getByRole('textbox', { name: 'Số tiền được duyệt' });
    expect(amount).toHaveValue('80.000.000');
    await user.clear(amount);
    await fill(user, amount, '50.000.000');
    await user.click(within(dialog).getByRole('button', { name: 'Duyệt' }));

    expect(await screen.findByText('Đã duyệt hỗ trợ.')).toBeInTheDocument();
    expect(backend.callsTo('fund.approveSupport').map((call) => call.input)).toEqual([
      { id: 'sup-1', mode: 'approve', decisionNo: '125/QĐ-UBND', decisionDate: '2026-10-10', approvedAmount: 50_000_000, reason: null },
    ]);
    expect(actionNames()).toEqual(['Điều chỉnh quyết định', 'Ghi nhận hoàn thành', 'Hủy hồ sơ']);
    expect(sectionOf('Quyết định')).toHaveTextContent('Số tiền được duyệt50.000.000 ₫');
  });

  it('edits the proposal in a dialog, keeping the child', async () => {
    const { user, backend } = await openCase(makeSupport());
    await user.click(screen.getByRole('button', { name: 'Sửa đề xuất' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa đề xuất' });
    expect(dialog).toHaveTextContent('Đặng Thị Hoa – sinh ngày 14/03/2015 – Phường Ngô Quyền');
    const cost = within(dialog).getByRole('textbox', { name: 'Chi phí dự kiến' });
    expect(cost).toHaveValue('80.000.000');
    await user.clear(cost);
    await fill(user, cost, '95000000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu đề xuất.')).toBeInTheDocument();
    expect(backend.callsTo('fund.updateProposal')[0]?.input).toMatchObject({ id: 'sup-1', childId: 'child-1', type: 'heartSurgery', estimatedCost: 95_000_000 });
    expect(sectionOf('Đề xuất')).toHaveTextContent('95.000.000 ₫');
  });

  it('amends a decision only with a reason', async () => {
    const { user, backend } = await openCase(approvedSupport());
    await user.click(screen.getByRole('button', { name: 'Điều chỉnh quyết định' }));
    const dialog = screen.getByRole('dialog', { name: 'Điều chỉnh quyết định' });
    expect(within(dialog).getByRole('textbox', { name: 'Số quyết định' })).toHaveValue('125/QĐ-UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await within(dialog).findByText('Mục này không được để trống.')).toBeInTheDocument();
    expect(backend.callsTo('fund.approveSupport')).toHaveLength(0);

    await fill(user, within(dialog).getByRole('textbox', { name: 'Lý do điều chỉnh' }), 'Bệnh viện báo giá lại');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await screen.findByText('Đã điều chỉnh quyết định.')).toBeInTheDocument();
    expect(backend.callsTo('fund.approveSupport')[0]?.input).toMatchObject({ mode: 'amend', reason: 'Bệnh viện báo giá lại', approvedAmount: 50_000_000 });
  });

  it('undoes "done" with a date and a reason, explaining that the payment is reversed', async () => {
    const { user, backend } = await openCase(doneSupport());
    await user.click(screen.getByRole('button', { name: 'Hủy ghi nhận hoàn thành' }));
    const dialog = screen.getByRole('dialog', { name: 'Hủy ghi nhận hoàn thành' });
    expect(dialog).toHaveTextContent('Khoản chi 30.000.000 ₫ ngày 05/11/2026 sẽ được đảo trong sổ Quỹ');
    const date = within(dialog).getByRole('textbox', { name: 'Ngày đảo khoản chi' });
    await user.clear(date);
    await fill(user, date, '18/11/2026');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Lý do' }), 'Ghi nhầm chi phí');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy ghi nhận hoàn thành' }));

    expect(await screen.findByText('Đã hủy ghi nhận hoàn thành; khoản chi đã được đảo trong sổ Quỹ.')).toBeInTheDocument();
    expect(backend.callsTo('fund.reopenSupport').map((call) => call.input)).toEqual([{ id: 'sup-1', date: '2026-11-18', reason: 'Ghi nhầm chi phí' }]);
    expect(screen.getByText('Đã duyệt', { selector: '.status-badge' })).toBeInTheDocument();
  });

  it('says when the case changed meanwhile, and reloads it', async () => {
    const backend = createSupportBackend({ supports: [makeSupport()] });
    const { user } = await openCase(makeSupport(), backend);
    // Someone approved it in the meantime: this page still shows a proposal.
    const current = backend.supports.get('sup-1');
    if (current) backend.supports.set('sup-1', { ...approvedSupport(), events: current.events });
    await user.click(screen.getByRole('button', { name: 'Không duyệt' }));
    const dialog = screen.getByRole('dialog', { name: 'Không duyệt đề xuất' });
    await fill(user, within(dialog).getByRole('textbox', { name: 'Lý do' }), 'Chưa đủ điều kiện');
    await user.click(within(dialog).getByRole('button', { name: 'Không duyệt' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Hồ sơ đang ở trạng thái không cho phép thao tác này.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(actionNames()).toEqual(['Điều chỉnh quyết định', 'Ghi nhận hoàn thành', 'Hủy hồ sơ']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('adds a follow-up note to a case done', async () => {
    const { user, backend } = await openCase(doneSupport());
    const section = sectionOf('Theo dõi sau hỗ trợ');
    const date = within(section).getByRole('textbox', { name: 'Ngày theo dõi' });
    await user.clear(date);
    await fill(user, date, '01/12/2026');
    await fill(user, within(section).getByRole('textbox', { name: 'Tình hình của trẻ' }), 'Khỏe mạnh');
    await user.click(within(section).getByRole('button', { name: 'Lưu ghi chép' }));

    expect(await within(section).findByText('Đã lưu ghi chép theo dõi.')).toBeInTheDocument();
    expect(backend.callsTo('fund.addFollowUp').map((call) => call.input)).toEqual([{ supportId: 'sup-1', notedOn: '2026-12-01', text: 'Khỏe mạnh' }]);
    expect(within(section).getByRole('listitem')).toHaveTextContent('01/12/2026: Khỏe mạnh');
  });

  it('asks before throwing away what was typed in a dialog: Cancel, Escape, and an edit of the proposal', async () => {
    const { user, backend } = await openCase(makeSupport());
    // Nothing typed: Cancel closes at once.
    await user.click(screen.getByRole('button', { name: 'Không duyệt' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Không duyệt đề xuất' })).getByRole('button', { name: 'Quay lại' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Duyệt' }));
    const dialog = screen.getByRole('dialog', { name: 'Duyệt hỗ trợ' });
    const number = within(dialog).getByRole('textbox', { name: 'Số quyết định' });
    await fill(user, number, '125/QĐ-UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    const ask = screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' });
    expect(within(ask).getByRole('button', { name: 'Tiếp tục nhập' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(number).toHaveValue('125/QĐ-UBND');

    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Bỏ' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(backend.callsTo('fund.approveSupport')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Sửa đề xuất' }));
    const edit = screen.getByRole('dialog', { name: 'Sửa đề xuất' });
    await fill(user, within(edit).getByRole('textbox', { name: 'Đơn vị, người đề xuất' }), ', bổ sung');
    await user.click(within(edit).getByRole('button', { name: 'Hủy' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Bỏ' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(backend.callsTo('fund.updateProposal')).toHaveLength(0);
  });

  it("shows main's refusal of a day beside that day: a decision before the proposal, a rejection before it", async () => {
    const { user, backend } = await openCase(makeSupport());
    backend.override('fund.approveSupport', () => fail('errors.invalidInput', [{ path: 'decisionDate', message: 'validation.decisionBeforeProposal' }]));
    backend.override('fund.rejectSupport', () => fail('errors.invalidInput', [{ path: 'on', message: 'validation.closedBeforeProposal' }]));

    await user.click(screen.getByRole('button', { name: 'Duyệt' }));
    const approve = screen.getByRole('dialog', { name: 'Duyệt hỗ trợ' });
    await fill(user, within(approve).getByRole('textbox', { name: 'Số quyết định' }), '125/QĐ-UBND');
    const decisionDate = within(approve).getByRole('textbox', { name: 'Ngày quyết định' });
    await fill(user, decisionDate, '20/09/2026');
    await user.click(within(approve).getByRole('button', { name: 'Duyệt' }));
    await waitFor(() => expect(decisionDate).toHaveAccessibleDescription('Ngày quyết định không được trước ngày đề xuất.'));
    expect(decisionDate).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Bỏ' }));

    await user.click(screen.getByRole('button', { name: 'Không duyệt' }));
    const reject = screen.getByRole('dialog', { name: 'Không duyệt đề xuất' });
    const on = within(reject).getByRole('textbox', { name: 'Ngày không duyệt' });
    await user.clear(on);
    await fill(user, on, '15/09/2026');
    await fill(user, within(reject).getByRole('textbox', { name: 'Lý do' }), 'Không đủ điều kiện');
    await user.click(within(reject).getByRole('button', { name: 'Không duyệt' }));
    await waitFor(() => expect(on).toHaveAccessibleDescription('Ngày từ chối hoặc hủy không được trước ngày đề xuất.'));
  });

  it('shows a follow-up dated before the case was done beside its date, and asks before clearing a note', async () => {
    const { user, backend } = await openCase(doneSupport());
    backend.override('fund.addFollowUp', () => fail('errors.invalidInput', [{ path: 'notedOn', message: 'validation.followUpBeforeDone' }]));
    const section = sectionOf('Theo dõi sau hỗ trợ');
    const date = within(section).getByRole('textbox', { name: 'Ngày theo dõi' });
    const text = within(section).getByRole('textbox', { name: 'Tình hình của trẻ' });
    expect(within(section).queryByRole('button', { name: 'Hủy' })).not.toBeInTheDocument();
    await user.clear(date);
    await fill(user, date, '01/10/2026');
    await fill(user, text, 'Khỏe mạnh');
    await user.click(within(section).getByRole('button', { name: 'Lưu ghi chép' }));
    await waitFor(() => expect(date).toHaveAccessibleDescription('Ngày theo dõi không được trước ngày thực hiện hỗ trợ.'));

    await user.click(within(section).getByRole('button', { name: 'Hủy' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(text).toHaveValue('Khỏe mạnh');
    await user.click(within(section).getByRole('button', { name: 'Hủy' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Bỏ' }));
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
  });

  it('says so when the case cannot be loaded', async () => {
    const backend = createSupportBackend();
    backend.override('fund.support', () => fail('errors.notSupported'));
    await renderApp({ backend, path: '/fund/supports/sup-9' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Chức năng này không dùng được ở chế độ hiện tại.');
  });
});

function attachment() {
  return {
    id: 'att-1',
    kind: 'proposal' as const,
    fileName: 'to-trinh.pdf',
    mimeType: 'application/pdf',
    size: 350 * 1024,
    sha256: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
    addedAt: '2026-10-02T03:00:00.000Z',
  };
}
