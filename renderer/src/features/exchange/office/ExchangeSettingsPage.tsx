/** Stub: being built. */
export function ExchangeSettingsPage() {
  return <p>…</p>;
}
