import { toIsoDate } from '../../shared/format/date';
import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';
import { getOffice } from '../services/office';
import { provinceReport } from '../services/exchange/report/province-report';
import { provinceReportWorkbook } from '../services/exchange/report/province-report-workbook';

// Province reports over every office's newest snapshot: main/services/exchange/province-report*.ts.
export const exchangeReportHandlers: HandlersFor<'exchange.provinceReport' | 'exchange.provinceReportExcel'> = {
  'exchange.provinceReport': (ctx, query) => provinceReport(ctx, query),
  'exchange.provinceReportExcel': async (ctx, query) => {
    // provinceReport refuses anything but a province first; the province's office signs the workbook.
    const report = await provinceReport(ctx, query);
    const office = await getOffice(ctx.db);
    if (!office) throw new AppFailure('errors.officeNotSetUp');
    return provinceReportWorkbook(report, office, toIsoDate(ctx.clock.now()));
  },
};
