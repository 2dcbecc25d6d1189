import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../../shared/errors';
import { renderApp } from '../../../test/renderApp';
import { approvedSupport, createSupportBackend, fill, generalPot } from './testing';

async function openComplete(available: number) {
  const backend = createSupportBackend({ supports: [approvedSupport()], available });
  const app = await renderApp({ backend, path: '/fund/supports/sup-1' });
  await app.user.click(await screen.findByRole('button', { name: 'Ghi nhận hoàn thành' }));
  const dialog = screen.getByRole('dialog', { name: 'Ghi nhận hoàn thành' });
  const field = (name: string) => within(dialog).getByRole('textbox', { name });
  return { ...app, backend, dialog, field, fill: (element: HTMLElement, text: string) => fill(app.user, element, text) };
}

describe('recording a case as done', () => {
  it('adds up the cost as it is typed and, when the fund is short, asks why and sends the reason', async () => {
    const { user, backend, dialog, field, fill } = await openComplete(20_000_000);
    await fill(field('Ngày thực hiện'), '02/11/2026');
    await fill(field('Quỹ chi trả'), '30.000.000');
    await fill(field('Bảo hiểm y tế chi trả'), '40.000.000');
    expect(dialog).toHaveTextContent('Tổng chi phí: 70.000.000 ₫');
    await fill(field('Đơn vị cùng chi trả'), '20.000.000');
    await fill(field('Tên đơn vị cùng chi trả'), 'Chương trình Trái tim cho em');
    await fill(field('Gia đình chi trả'), '10.000.000');
    expect(dialog).toHaveTextContent('Tổng chi phí: 100.000.000 ₫');
    expect(dialog).toHaveTextContent('Quỹ chi trả 30.000.000 ₫; số tiền được duyệt 50.000.000 ₫.');

    // Paid the day it was done unless told otherwise: what the fund holds that day.
    expect(await within(dialog).findByText('Quỹ có thể chi cho hồ sơ này vào ngày 02/11/2026: 20.000.000 ₫')).toBeInTheDocument();
    expect(backend.callsTo('fund.available').at(-1)?.input).toEqual({ target: { kind: 'support', id: 'sup-1' }, on: '2026-11-02' });
    expect(within(dialog).getByText('Quỹ chung: 20.000.000 ₫')).toBeInTheDocument();
    expect(within(dialog).getByText(/Quỹ còn thiếu 10.000.000 ₫/)).toBeInTheDocument();
    const reason = field('Lý do chi vượt');

    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }));
    expect(await within(dialog).findByText('Hãy ghi tên bệnh viện.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Nếu vẫn phải chi, hãy ghi lý do chi vượt/)).toBeInTheDocument();
    expect(backend.callsTo('fund.completeSupport')).toHaveLength(0);

    await fill(field('Bệnh viện (bắt buộc)'), 'Bệnh viện Nhi Trung ương');
    await fill(reason, 'Ca mổ cấp cứu, chờ khoản tài trợ tháng 12');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }));

    expect(await screen.findByText('Đã ghi nhận hoàn thành; khoản chi của Quỹ đã vào sổ.')).toBeInTheDocument();
    expect(backend.callsTo('fund.completeSupport').map((call) => call.input)).toEqual([
      {
        id: 'sup-1',
        hospital: 'Bệnh viện Nhi Trung ương',
        doneOn: '2026-11-02',
        paidOn: '2026-11-02',
        costFund: 30_000_000,
        costInsurance: 40_000_000,
        costCofunders: 20_000_000,
        cofunderNames: 'Chương trình Trái tim cho em',
        costFamily: 10_000_000,
        note: null,
        overrideReason: 'Ca mổ cấp cứu, chờ khoản tài trợ tháng 12',
      },
    ]);
    expect(screen.getByText('Đã thực hiện', { selector: '.status-badge' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Thực hiện và chi phí' })).toHaveTextContent('Lý do chi vượtCa mổ cấp cứu, chờ khoản tài trợ tháng 12');
  });

  it('sends no reason when the fund holds enough', async () => {
    const { user, backend, dialog, field, fill } = await openComplete(100_000_000);
    await fill(field('Bệnh viện (bắt buộc)'), 'Bệnh viện Việt Đức');
    await fill(field('Ngày thực hiện'), '02/11/2026');
    await fill(field('Ngày chi trả'), '05/11/2026');
    await fill(field('Quỹ chi trả'), '30.000.000');
    expect(await within(dialog).findByText('Quỹ có thể chi cho hồ sơ này vào ngày 05/11/2026: 100.000.000 ₫')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: 'Lý do chi vượt' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }));

    await waitFor(() => expect(backend.callsTo('fund.completeSupport')).toHaveLength(1));
    expect(backend.callsTo('fund.completeSupport')[0]?.input).toMatchObject({ paidOn: '2026-11-05', costFund: 30_000_000, overrideReason: null });
  });

  it('asks for the reason when main finds the fund short, and resends with it', async () => {
    const { user, backend, dialog, field, fill } = await openComplete(10_000_000);
    // What the fund holds on the day, yet a later payment already counts on it: main refuses.
    backend.override('fund.available', () => ok({ on: '2026-11-02', pots: [generalPot(40_000_000)], total: 40_000_000, approvedAmount: 50_000_000 }));
    await fill(field('Bệnh viện (bắt buộc)'), 'Bệnh viện Nhi Trung ương');
    await fill(field('Ngày thực hiện'), '02/11/2026');
    await fill(field('Quỹ chi trả'), '30.000.000');
    await within(dialog).findByText('Quỹ có thể chi cho hồ sơ này vào ngày 02/11/2026: 40.000.000 ₫');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }));

    const reason = await within(dialog).findByRole('textbox', { name: 'Lý do chi vượt' });
    expect(within(dialog).getByText(/Nếu vẫn phải chi, hãy ghi lý do chi vượt/)).toBeInTheDocument();
    await fill(reason, 'Đã được lãnh đạo đồng ý');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }));

    expect(await screen.findByText('Đã ghi nhận hoàn thành; khoản chi của Quỹ đã vào sổ.')).toBeInTheDocument();
    expect(backend.callsTo('fund.completeSupport').map((call) => (call.input as { overrideReason: string | null }).overrideReason)).toEqual([
      null,
      'Đã được lãnh đạo đồng ý',
    ]);
  });

  it('explains that the fund cannot pay more than was approved', async () => {
    const { user, backend, dialog, field, fill } = await openComplete(100_000_000);
    await fill(field('Bệnh viện (bắt buộc)'), 'Bệnh viện Nhi Trung ương');
    await fill(field('Ngày thực hiện'), '02/11/2026');
    await fill(field('Quỹ chi trả'), '60.000.000');
    expect(within(dialog).getByText(/Phần Quỹ chi vượt số tiền đã duyệt/, { selector: '.gift-warning' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }));
    await waitFor(() => expect(field('Quỹ chi trả')).toHaveAttribute('aria-invalid', 'true'));
    expect(backend.callsTo('fund.completeSupport')).toHaveLength(0);
  });

  it("decides nothing from the previous day's figures while a new paid-on day loads", async () => {
    const { backend, dialog, field, fill } = await openComplete(20_000_000);
    let answerLater: (() => void) | undefined;
    backend.override('fund.available', (input) => {
      const { on } = input as { on: string };
      const answer = ok({ on, pots: [generalPot(on === '2026-11-02' ? 20_000_000 : 100_000_000)], total: on === '2026-11-02' ? 20_000_000 : 100_000_000, approvedAmount: 50_000_000 });
      if (on === '2026-11-02') return answer;
      return new Promise<typeof answer>((resolve) => {
        answerLater = () => resolve(answer);
      });
    });
    await fill(field('Ngày thực hiện'), '02/11/2026');
    await fill(field('Quỹ chi trả'), '30.000.000');
    expect(await within(dialog).findByText(/Quỹ còn thiếu 10.000.000 ₫/)).toBeInTheDocument();
    expect(field('Lý do chi vượt')).toBeInTheDocument();

    await fill(field('Ngày chi trả'), '05/11/2026');
    await waitFor(() => expect(backend.callsTo('fund.available').at(-1)?.input).toMatchObject({ on: '2026-11-05' }));
    expect(within(dialog).queryByText(/Quỹ còn thiếu/)).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: 'Lý do chi vượt' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Phần Quỹ chi trả' })).toHaveTextContent('Đang tải…');

    answerLater?.();
    expect(await within(dialog).findByText('Quỹ có thể chi cho hồ sơ này vào ngày 05/11/2026: 100.000.000 ₫')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: 'Lý do chi vượt' })).not.toBeInTheDocument();
  });

  it("shows main's refusal of a payment dated before the decision beside the paid-on day", async () => {
    const { user, backend, dialog, field, fill } = await openComplete(100_000_000);
    backend.override('fund.completeSupport', () => fail('errors.invalidInput', [{ path: 'paidOn', message: 'validation.paidBeforeDecision' }]));
    await fill(field('Bệnh viện (bắt buộc)'), 'Bệnh viện Nhi Trung ương');
    await fill(field('Ngày thực hiện'), '02/11/2026');
    await fill(field('Ngày chi trả'), '05/10/2026');
    await fill(field('Quỹ chi trả'), '30.000.000');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }));
    await waitFor(() => expect(field('Ngày chi trả')).toHaveAccessibleDescription(expect.stringContaining('Ngày chi không được trước ngày quyết định duyệt hỗ trợ.')));
    expect(field('Ngày chi trả')).toHaveFocus();
  });
});
