/** Stub: being built. */
export function ProvinceReportPage() {
  return <p>…</p>;
}
