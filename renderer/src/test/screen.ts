import type { UserEvent } from '@testing-library/user-event';

/** Puts text in a field at once (typing key by key re-renders a form per key, which is slow). */
export async function fill(user: UserEvent, element: HTMLElement, text: string): Promise<void> {
  await user.click(element);
  await user.paste(text);
}

/** Table cells as shown, with the no-break space before ₫ made plain. */
export const cellTexts = (cells: HTMLElement[]) => cells.map((cell) => cell.textContent?.replace(/\u00A0/g, ' ').trim());
