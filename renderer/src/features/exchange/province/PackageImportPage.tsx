/** Stub: being built. */
export function PackageImportPage() {
  return <p>…</p>;
}
