/** Placeholder until this page is built. */
export function SafeHomePage() {
  return null;
}
