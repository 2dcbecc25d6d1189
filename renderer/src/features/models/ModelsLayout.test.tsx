import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRegisterBackend } from '../../test/registerFixtures';
import { renderModels } from './common/testing';

describe('the models area', () => {
  it('has one title and a tab for each page, the open one marked', async () => {
    const { user, router } = await renderModels('/models', createRegisterBackend());
    expect(await screen.findByRole('heading', { level: 1, name: 'Mô hình bảo vệ, chăm sóc trẻ em' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Các trang mô hình' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Tổng quan', '/models'],
      ['Triển khai theo xã', '/models/rollouts'],
      ['Ngôi nhà an toàn', '/models/safe-home'],
      ['Xã phù hợp với trẻ em', '/models/child-friendly'],
      ['Điểm giữ trẻ mùa lũ', '/models/flood'],
      ['Danh mục mô hình', '/models/types'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Danh mục mô hình' }));
    expect(router.state.location.pathname).toBe('/models/types');
    expect(within(nav).getByRole('link', { name: 'Danh mục mô hình' })).toHaveAttribute('aria-current', 'page');
    // "Tổng quan" is the index: it must not stay marked on the other pages.
    expect(within(nav).getByRole('link', { name: 'Tổng quan' })).not.toHaveAttribute('aria-current');
  });
});
