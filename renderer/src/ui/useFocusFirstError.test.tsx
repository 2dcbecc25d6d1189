import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFocusFirstError } from './useFocusFirstError';

type Shown = { name?: boolean; date?: boolean; sex?: boolean };

/**
 * A form whose messages render only after the focus request has rendered: `delay` 'render'
 * shows them one render later (as react-hook-form publishes errors in Chromium), a number of
 * milliseconds shows them after a timer, 'never' leaves them to `show` from outside.
 */
function Harness({ shown, delay }: { shown: Shown; delay: 'render' | number | 'never' }) {
  const formRef = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusFirstError(formRef);
  const [requested, setRequested] = useState(false);
  const [visible, setVisible] = useState<Shown>({});

  useEffect(() => {
    if (!requested || delay === 'never') return;
    if (delay === 'render') {
      setVisible(shown);
      return;
    }
    const timer = setTimeout(() => setVisible(shown), delay);
    return () => clearTimeout(timer);
  }, [requested, delay, shown]);

  return (
    <form ref={formRef}>
      <label htmlFor="name">Họ và tên</label>
      <input id="name" aria-describedby={visible.name ? 'name-error' : undefined} />
      {visible.name && (
        <p id="name-error" className="field-error">
          Mục này không được để trống.
        </p>
      )}
      <fieldset>
        <legend>Giới tính</legend>
        <input id="male" type="radio" name="sex" aria-label="Nam" />
        <input id="female" type="radio" name="sex" aria-label="Nữ" />
        {visible.sex && (
          <p id="sex-error" className="field-error">
            Mục này không được để trống.
          </p>
        )}
      </fieldset>
      <label htmlFor="date">Ngày sinh</label>
      <input id="date" aria-describedby={visible.date ? 'date-hint date-error' : 'date-hint'} />
      <p id="date-hint">dd/mm/yyyy</p>
      {visible.date && (
        <p id="date-error" className="field-error">
          Ngày không hợp lệ (dd/mm/yyyy).
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          requestFocus();
          setRequested(true);
        }}
      >
        Lưu
      </button>
      <button type="button" onClick={() => setVisible({ ...shown })}>
        Hiện lỗi
      </button>
    </form>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('useFocusFirstError', () => {
  it('focuses the first field with a message when the messages render a render after the request', async () => {
    const user = userEvent.setup();
    render(<Harness shown={{ name: true, date: true }} delay="render" />);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveFocus());
  });

  it('waits for messages that come after a timer', async () => {
    const user = userEvent.setup();
    render(<Harness shown={{ date: true }} delay={30} />);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByRole('button', { name: 'Lưu' })).toHaveFocus();
    await waitFor(() => expect(screen.getByLabelText('Ngày sinh')).toHaveFocus());
  });

  it('goes by page order, and to the first choice of a group whose message sits in its fieldset', async () => {
    const user = userEvent.setup();
    render(<Harness shown={{ sex: true, date: true }} delay="render" />);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByLabelText('Nam')).toHaveFocus());
  });

  it('drops a request whose messages never came, so that later messages do not pull focus', async () => {
    const user = userEvent.setup();
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    render(<Harness shown={{ name: true }} delay="never" />);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    now += 2_500;
    const show = screen.getByRole('button', { name: 'Hiện lỗi' });
    await user.click(show);
    expect(await screen.findByText('Mục này không được để trống.')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(show).toHaveFocus();
  });
});
