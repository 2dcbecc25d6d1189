/** Placeholder until this page is built. */
export function FloodPage() {
  return null;
}
