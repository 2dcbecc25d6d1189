import { paths } from '../../app/paths';

/** Routes of the exchange area, under /exchange; what it shows depends on the office's mode. */
// Office mode
export const exportPath = paths.exchange;
export const exchangeSettingsPath = `${paths.exchange}/settings`;
// Province mode
export const packageImportPath = `${paths.exchange}/import`;
export const sourceOfficesPath = `${paths.exchange}/offices`;
export const importLogPath = `${paths.exchange}/imports`;
export const provinceReportPath = paths.provinceReport;

/** /print/province-report?from=YYYY-MM-DD&to=YYYY-MM-DD */
export const provinceReportPrintRoute = 'province-report';
export const provinceReportPrintPath = (period: { from: string; to: string }): string =>
  `/print/${provinceReportPrintRoute}?from=${period.from}&to=${period.to}`;
