/** Stub: being built. */
export function ImportLogPage() {
  return <p>…</p>;
}
