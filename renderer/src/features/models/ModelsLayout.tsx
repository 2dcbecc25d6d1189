/** Placeholder until this page is built. */
export function ModelsLayout() {
  return null;
}
