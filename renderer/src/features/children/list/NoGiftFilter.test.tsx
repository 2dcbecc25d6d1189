import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChildListQuery } from '../../../../../shared/schemas/children';
import { createRegisterBackend, makeChild } from '../../../test/registerFixtures';
import { renderApp } from '../../../test/renderApp';

const lastListQuery = (backend: ReturnType<typeof createRegisterBackend>) =>
  backend.callsTo('children.list').at(-1)?.input as ChildListQuery | undefined;

describe('the register filter "no gift in the last 12 months"', () => {
  it('asks main for children without a gift in 12 months, keeps it in the address, and clears', async () => {
    const backend = createRegisterBackend({ children: [makeChild({ id: 'c-1' })] });
    const { user, router } = await renderApp({ backend, path: '/children' });
    await screen.findByText('1 trẻ');
    expect(lastListQuery(backend)?.noGiftMonths ?? null).toBeNull();
    const filters = screen.getByRole('group', { name: 'Bộ lọc' });

    await user.click(within(filters).getByLabelText('Chưa nhận quà trong 12 tháng'));
    await waitFor(() => expect(lastListQuery(backend)).toMatchObject({ noGiftMonths: 12, offset: 0 }));
    expect(router.state.location.search).toBe('?noGift=1');

    // Clearing goes back to the first answer (cached, so main is not asked again).
    await user.click(within(filters).getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(within(filters).getByLabelText('Chưa nhận quà trong 12 tháng')).not.toBeChecked();
  });

  it('is on when the address says so', async () => {
    const backend = createRegisterBackend({ children: [makeChild({ id: 'c-1' })] });
    await renderApp({ backend, path: '/children?noGift=1' });
    await screen.findByText('1 trẻ');
    expect(screen.getByLabelText('Chưa nhận quà trong 12 tháng')).toBeChecked();
    expect(lastListQuery(backend)).toMatchObject({ noGiftMonths: 12 });
  });
});
