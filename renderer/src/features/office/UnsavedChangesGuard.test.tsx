import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

function renderGuard(when: boolean) {
  const router = createMemoryRouter([{ path: '/', element: <UnsavedChangesGuard when={when} /> }]);
  return render(<RouterProvider router={router} />);
}

const unload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('UnsavedChangesGuard', () => {
  it('asks the browser to confirm a reload or close while there are unsaved edits, and only then', () => {
    const dirty = renderGuard(true);
    expect(unload()).toBe(true);
    dirty.unmount();
    expect(unload()).toBe(false);
    renderGuard(false);
    expect(unload()).toBe(false);
  });
});
