/** Stub: being built. */
export function ExportPage() {
  return <p>…</p>;
}
