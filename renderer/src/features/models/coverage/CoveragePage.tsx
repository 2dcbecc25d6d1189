/** Placeholder until this page is built. */
export function CoveragePage() {
  return null;
}
