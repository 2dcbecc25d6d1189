import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import type { ChannelName } from '../../../../../shared/channels';
import { contract, type Output, type ParsedInput } from '../../../../../shared/contract';
import { fail, ok, type ErrorCode, type FieldIssue } from '../../../../../shared/errors';
import type { PotBalance, PotInfo } from '../../../../../shared/fund';
import { createApi } from '../../../api/client';
import { createQueryClient } from '../../../api/queries';
import { App } from '../../../app/App';
import { createI18n } from '../../../i18n';
import type { FakeBackend } from '../../../test/fakeBackend';

/**
 * What the fund's screen tests share: main's channels served from memory (input parsed by the
 * contract, refusals answered as main answers them), pots, and rendering on a memory router.
 * Every name is made up.
 */

/** Thrown by a served handler to answer a refusal. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: FieldIssue[],
  ) {
    super(code);
  }
}

/** Serves a channel as main would: input parsed by the contract, a Refusal answered as a failure. */
export function serve<C extends ChannelName>(backend: FakeBackend, channel: C, handler: (input: ParsedInput<C>) => Output<C>): void {
  backend.override(channel, (input) => {
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const details: FieldIssue[] = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
      }));
      return fail('errors.invalidInput', details);
    }
    try {
      return ok(handler(parsed.data as ParsedInput<C>));
    } catch (error) {
      if (error instanceof Refusal) return fail(error.code, error.details);
      throw error;
    }
  });
}

/** Puts text in a field at once (typing key by key re-renders a form per key, which is slow). */
export async function fill(user: UserEvent, element: HTMLElement, text: string): Promise<void> {
  await user.click(element);
  await user.paste(text);
}

/** Table cells as shown, with the no-break space before ₫ made plain. */
export const cellTexts = (cells: HTMLElement[]) => cells.map((cell) => cell.textContent?.replace(/\u00A0/g, ' ').trim());

export const generalPotInfo: PotInfo = { key: 'general', kind: 'none', purpose: null, unitId: null, unitName: null, childId: null, childName: null };
export const giftsPotInfo: PotInfo = { ...generalPotInfo, key: 'purpose:gifts', kind: 'purpose', purpose: 'gifts' };
export const heartPotInfo: PotInfo = { ...generalPotInfo, key: 'purpose:heartSurgery', kind: 'purpose', purpose: 'heartSurgery' };
export const unitPotInfo: PotInfo = { ...generalPotInfo, key: 'unit:11311', kind: 'unit', unitId: '11311', unitName: 'Phường Ngô Quyền' };
export const childPotInfo: PotInfo = { ...generalPotInfo, key: 'child:child-1', kind: 'child', childId: 'child-1', childName: 'Đặng Thị Hoa' };

export const generalPot = (balance: number): PotBalance => ({ ...generalPotInfo, balance });

/** Routes on a memory router at `path`, in StrictMode as main.tsx renders, talking to the fake backend. */
export async function renderRoutes(routes: RouteObject[], path: string, backend: FakeBackend) {
  const api = createApi(backend.transport);
  const queryClient = createQueryClient();
  const preferences = await api.request('preferences.get');
  const i18n = await createI18n(preferences.language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <App api={api} queryClient={queryClient} i18n={i18n} router={router} />
    </StrictMode>,
  );
  return { ...view, user, router, queryClient, backend, i18n };
}
