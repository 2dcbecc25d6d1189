import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymousDonorName, type DonorKind } from '../../../../shared/codes/fund';
import { foldVietnamese } from '../../../../shared/format/names';
import { giftContext, type GiftContext } from '../../../../tests/fixtures/gifts';
import { newId } from '../../../clock';
import { getOffice } from '../../office';
import { transparencyReport } from './transparency';

let t: GiftContext;
let officeId: string;
beforeEach(async () => {
  t = await giftContext();
  officeId = (await getOffice(t.db))?.id ?? '';
});
afterEach(() => t.close());

const stamp = '2026-11-22T08:00:00.000Z';

async function donor(name: string, kind: DonorKind, anonymous: boolean): Promise<string> {
  const id = newId();
  await t.db
    .insertInto('fund_donor')
    .values({
      id,
      office_id: officeId,
      name,
      name_key: foldVietnamese(name),
      kind,
      origin: 'domestic',
      anonymous: anonymous ? 1 : 0,
      contact_person: null,
      phone: null,
      email: null,
      address: `Trụ sở của ${name}`,
      note: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}

// The list reads receipts only (not the ledger), so these tests write no postings.
async function receipt(no: string, donorId: string, amount: number, receivedOn = '2026-11-05'): Promise<void> {
  await t.db
    .insertInto('fund_receipt')
    .values({
      id: newId(),
      office_id: officeId,
      receipt_no: no,
      received_on: receivedOn,
      donor_id: donorId,
      kind: 'cash',
      amount,
      goods_description: null,
      goods_quantity: null,
      goods_unit: null,
      earmark_kind: 'none',
      earmark_purpose: null,
      earmark_unit_id: null,
      earmark_child_id: null,
      pot: 'general',
      note: null,
      cancelled_on: null,
      cancel_reason: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}

const november = { from: '2026-11-01', to: '2026-11-30' };

describe('transparencyReport', () => {
  it('orders equal totals by name (Vietnamese order) and numbers the rows', async () => {
    await receipt('1', await donor('Doanh nghiệp Ước Mơ', 'business', false), 2_000_000);
    await receipt('2', await donor('Doanh nghiệp Ánh Sao', 'business', false), 2_000_000);
    await receipt('3', await donor('Doanh nghiệp Bình Minh', 'business', false), 5_000_000);
    // The first day and the last are in the period; the day after is not.
    await receipt('4', await donor('Doanh nghiệp Cuối Tháng', 'business', false), 1_000_000, '2026-12-01');
    await receipt('5', await donor('Doanh nghiệp Đầu Tháng', 'business', false), 1_000_000, '2026-11-01');
    const report = await transparencyReport(t.db, t.units, november);
    expect(report.donors.map((d) => [d.number, d.name])).toEqual([
      [1, 'Doanh nghiệp Bình Minh'],
      [2, 'Doanh nghiệp Ánh Sao'],
      [3, 'Doanh nghiệp Ước Mơ'],
      [4, 'Doanh nghiệp Đầu Tháng'],
    ]);
    expect(report.donorsTotal.total).toBe(10_000_000);
    expect(report.totalInWords).toBe('Mười triệu đồng chẵn');
  });

  it('publishes an organisation’s address, but not an anonymous one’s (nor its name)', async () => {
    await receipt('1', await donor('Tổ chức Hướng Dương', 'organisation', false), 3_000_000);
    await receipt('2', await donor('Tổ chức Kín Tiếng', 'organisation', true), 2_000_000);
    const report = await transparencyReport(t.db, t.units, november);
    expect(report.donors.map((d) => [d.name, d.address])).toEqual([
      ['Tổ chức Hướng Dương', 'Trụ sở của Tổ chức Hướng Dương'],
      [anonymousDonorName, null],
    ]);
  });

  it('an empty period: no rows, zero in words, every purpose with nothing spent', async () => {
    const report = await transparencyReport(t.db, t.units, november);
    expect(report.donors).toEqual([]);
    expect(report.totalInWords).toBe('Không đồng');
    expect(report.spending).toHaveLength(7);
    expect(report.spendingTotal).toEqual({ children: 0, amount: 0 });
  });
});
