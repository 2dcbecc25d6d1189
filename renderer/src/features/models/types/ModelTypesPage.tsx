/** Placeholder until this page is built. */
export function ModelTypesPage() {
  return null;
}
