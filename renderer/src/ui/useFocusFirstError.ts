import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

// Messages render within a few frames of the request; an older request is dropped so that
// it can never pull focus away from the user later.
const requestLifetimeMs = 2000;

/**
 * After a refused submit, focus goes to the first field with a message in page order
 * (react-hook-form would go by registration order). The messages may render a render or
 * two after the request (react-hook-form publishes errors on its own schedule), so every
 * render looks again until they are there.
 */
export function useFocusFirstError(container: RefObject<HTMLElement | null>): () => void {
  const [, setRequest] = useState(0);
  const requestedAt = useRef<number | null>(null);

  useEffect(() => {
    if (requestedAt.current === null) return;
    if (Date.now() - requestedAt.current > requestLifetimeMs) {
      requestedAt.current = null;
      return;
    }
    const root = container.current;
    const message = root?.querySelector<HTMLElement>('.field-error');
    if (!root || !message) return;
    requestedAt.current = null;
    const control =
      root.querySelector<HTMLElement>(
        `input[aria-describedby~="${message.id}"], select[aria-describedby~="${message.id}"], textarea[aria-describedby~="${message.id}"]`,
      ) ?? message.closest('fieldset')?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  });

  return useCallback(() => {
    requestedAt.current = Date.now();
    setRequest((n) => n + 1);
  }, []);
}
