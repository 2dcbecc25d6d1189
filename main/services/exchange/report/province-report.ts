import type { ProvinceReport, ProvinceReportOffice } from '../../../../shared/exchange';
import type { ProvinceReportQuery } from '../../../../shared/schemas/exchange';
import { isIsoDate } from '../../../../shared/format/date';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { requireMode } from '../mode';
import { periodOfKey } from '../period-key';
import { settledRead } from '../settled-reads';
import { addChildrenRow, childrenSection, emptyChildrenRow } from './province-report-children';
import { addFundRow, emptyFundRow, fundSection } from './province-report-fund';
import { addGiftsRow, emptyGiftsRow, giftsSection } from './province-report-gifts';
import { addModelsRow, areaUnits, emptyModelsRow, modelsSection } from './province-report-models';

/**
 * Báo cáo toàn tỉnh: for a period, one row per office the province holds a snapshot of (its
 * newest package), sorted by office code, and their total. Each section counts as that office's
 * own screens do (see each province-report-*.ts), so that an office's row equals what the
 * office itself shows for the same period. The models section is for the year of `to`.
 *
 * Read with prepared statements on the raw connection, synchronously and holding Kysely's
 * connection (settled-reads.ts), so that no import lands between two offices' rows and none
 * being applied is seen before it is committed.
 */

interface SourceRow {
  id: string;
  code: string;
  name: string;
  provinceCode: string;
  profile: string;
  sequence: number;
  periodKey: string;
  createdAt: string;
}

export async function provinceReport(ctx: Pick<HandlerContext, 'db' | 'sqlite'>, query: ProvinceReportQuery): Promise<ProvinceReport> {
  await requireMode(ctx.db, 'province');
  // The contract's schema checks this already; a direct caller gets the same refusal.
  if (!isIsoDate(query.from) || !isIsoDate(query.to) || query.from > query.to) {
    throw new AppFailure('errors.invalidInput', [{ path: 'to', message: 'validation.periodOrder' }]);
  }
  const period = { from: query.from, to: query.to };
  const year = Number(period.to.slice(0, 4));
  const offices = await settledRead(ctx.db, () => {
    const sources = ctx.sqlite
      .prepare<[], SourceRow>(
        `select office_id as id, code, name, province_code as provinceCode, profile, sequence, period_key as periodKey, created_at as createdAt
         from exchange_source order by code, office_id`,
      )
      .all();
    const children = childrenSection(ctx.sqlite);
    const gifts = giftsSection(ctx.sqlite);
    const fund = fundSection(ctx.sqlite);
    const models = modelsSection(ctx.sqlite);

    return sources.map((source): ProvinceReportOffice => {
      const delivered = gifts(source.id, period);
      return {
        office: { id: source.id, code: source.code, name: source.name, provinceCode: source.provinceCode },
        sequence: source.sequence,
        period: periodOfKey(source.periodKey),
        createdAt: source.createdAt,
        children: children(source.id, period, delivered.children),
        gifts: delivered.row,
        fund: fund(source.id, period),
        models: models(source.id, areaUnits(source.profile), year),
      };
    });
  });

  const total = { children: emptyChildrenRow(), gifts: emptyGiftsRow(), fund: emptyFundRow(), models: emptyModelsRow() };
  for (const office of offices) {
    addChildrenRow(total.children, office.children);
    addGiftsRow(total.gifts, office.gifts);
    addFundRow(total.fund, office.fund);
    addModelsRow(total.models, office.models);
  }
  return { from: period.from, to: period.to, offices, total };
}
