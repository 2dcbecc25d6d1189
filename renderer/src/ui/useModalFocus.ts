import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * The keyboard behaviour every modal shares: focus moves in when it opens (to `initialFocus`,
 * else the first focusable element), Tab stays inside, Escape closes, and focus returns to
 * where it was when the modal goes away. Returns the dialog's onKeyDown.
 */
export function useModalFocus(
  dialogRef: RefObject<HTMLElement | null>,
  onEscape: () => void,
  initialFocus?: RefObject<HTMLElement | null> | string,
): (event: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    const first =
      typeof initialFocus === 'object'
        ? initialFocus.current
        : dialog?.querySelector<HTMLElement>(initialFocus ?? focusableSelector);
    first?.focus();
    return () => previous?.focus();
    // Focus is placed once, when the modal opens.
  }, []);

  return (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...(dialogRef.current?.querySelectorAll<HTMLElement>(focusableSelector) ?? [])];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
