/** Placeholder until this page is built. */
export function ChildFriendlyPage() {
  return null;
}
