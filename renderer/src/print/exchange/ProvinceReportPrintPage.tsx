/** Stub: being built. */
export function ProvinceReportPrintPage() {
  return <p>…</p>;
}
