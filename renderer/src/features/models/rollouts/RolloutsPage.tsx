/** Placeholder until this page is built. */
export function RolloutsPage() {
  return null;
}
