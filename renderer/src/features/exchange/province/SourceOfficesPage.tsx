/** Stub: being built. */
export function SourceOfficesPage() {
  return <p>…</p>;
}
