import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coveredStatuses, rolloutStatuses, type RolloutStatus } from '../../../../../shared/codes/models';
import type { Rollout, RolloutChange } from '../../../../../shared/models';
import { createRegisterBackend, officeUnits } from '../../../test/registerFixtures';
import { renderRoutes } from '../../../test/renderApp';
import { cellTexts, fill } from '../../../test/screen';
import { Refusal, serve } from '../../../test/serve';
import { CoveragePage } from '../coverage/CoveragePage';
import { ModelsLayout } from '../ModelsLayout';
import { RolloutsPage } from './RolloutsPage';
import { makeRollout, renderModels, shippedTypes } from '../common/testing';

const trackedFields = ['status', 'startDate', 'endDate', 'decisionNo', 'personInCharge', 'budget', 'notes'] as const;

/** Rollouts kept in memory as main keeps them: upserts by model, unit and year, each save's changes recorded. */
function rolloutBackend() {
  const backend = createRegisterBackend();
  const rollouts: Rollout[] = [makeRollout()];
  const history = new Map<string, RolloutChange[]>([
    [
      'rollout-1',
      [
        {
          id: 'change-1',
          at: '2026-03-01T02:00:00.000Z',
          kind: 'created',
          changes: [
            { field: 'status', from: null, to: 'planned' },
            { field: 'budget', from: null, to: 12_000_000 },
          ],
        },
      ],
    ],
  ]);
  serve(backend, 'models.types', () => shippedTypes);
  serve(backend, 'models.rollouts', (query) =>
    rollouts.filter((rollout) => rollout.modelTypeId === query.modelTypeId && rollout.year === query.year),
  );
  serve(backend, 'models.saveRollout', (input) => {
    const index = rollouts.findIndex((r) => r.modelTypeId === input.modelTypeId && r.unitId === input.unitId && r.year === input.year);
    const before = rollouts[index];
    const unitName = officeUnits.find((unit) => unit.id === input.unitId)?.name ?? '';
    const saved: Rollout = { ...input, id: before?.id ?? `rollout-${rollouts.length + 1}`, unitName, updatedAt: '2026-11-22T08:00:00.000Z' };
    const changes = trackedFields.filter((field) => (before?.[field] ?? null) !== saved[field]).map((field) => ({ field, from: before?.[field] ?? null, to: saved[field] }));
    const entry: RolloutChange = { id: `change-${saved.id}-${Date.now()}`, at: '2026-11-22T08:00:00.000Z', kind: before ? 'updated' : 'created', changes };
    // Newest first, as main answers (main/services/models/rollouts.ts orders by at, id descending).
    history.set(saved.id, [entry, ...(history.get(saved.id) ?? [])]);
    if (index >= 0) rollouts[index] = saved;
    else rollouts.push(saved);
    return saved;
  });
  serve(backend, 'models.rolloutHistory', ({ id }) => history.get(id) ?? []);
  serve(backend, 'models.coverage', ({ year, fromYear }) => {
    const covered = rollouts.filter((rollout) => rollout.year === year && coveredStatuses.includes(rollout.status)).length;
    const byStatus = Object.fromEntries(rolloutStatuses.map((status) => [status, rollouts.filter((r) => r.year === year && r.status === status).length]));
    return {
      year,
      fromYear,
      totalCommunes: officeUnits.length,
      models: [{ modelTypeId: 'safeHome', builtin: 'safeHome', name: null, covered, target: null, byStatus: byStatus as Record<RolloutStatus, number>, byYear: [{ year, covered, target: null }] }],
    };
  });
  return { backend, history };
}

describe('the rollouts page', () => {
  it('lists every unit of the area with its rollout of the model that year', async () => {
    const { backend } = rolloutBackend();
    await renderModels('/models/rollouts?year=2026&model=safeHome', backend);
    const table = await screen.findByRole('table', { name: 'Ngôi nhà an toàn năm 2026' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Phường Ngô Quyền', 'Phường Gia Viên']);
    expect(cellTexts(within(rows[0] as HTMLElement).getAllByRole('cell'))).toEqual([
      'Có kế hoạch',
      '01/03/2026',
      '',
      '15/QĐ-UBND',
      'Phạm Thị Lan',
      '12.000.000 ₫',
      '',
      'SửaLịch sử',
    ]);
    expect(cellTexts(within(rows[1] as HTMLElement).getAllByRole('cell'))).toEqual(['Chưa triển khai', '', '', '', '', '', '', 'Sửa']);
    // Planned is not yet covered.
    expect(screen.getByText('Có mô hình theo tình trạng triển khai: 0 / 2 xã, phường')).toBeInTheDocument();
    expect(backend.callsTo('models.rollouts').at(-1)?.input).toEqual({ modelTypeId: 'safeHome', year: 2026, unitId: null });
  });

  it('lists only the old wards for a legacy district, the units models are counted over', async () => {
    const { backend } = rolloutBackend();
    serve(backend, 'office.units', () => [
      { id: 'w:11311', name: 'Phường Lạch Tray', kind: 'legacyWard' },
      { id: 'w:11329', name: 'Phường Máy Chai', kind: 'legacyWard' },
      { id: '11311', name: 'Phường Ngô Quyền', kind: 'commune' },
    ]);
    await renderModels('/models/rollouts?year=2026&model=safeHome', backend);
    const table = await screen.findByRole('table', { name: 'Ngôi nhà an toàn năm 2026' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Phường Lạch Tray', 'Phường Máy Chai']);
    expect(screen.getByText('Có mô hình theo tình trạng triển khai: 0 / 2 xã, phường')).toBeInTheDocument();
  });

  it('saves an edit with the year and unit, then shows the change in the history', async () => {
    const { backend } = rolloutBackend();
    const { user } = await renderModels('/models/rollouts?year=2026&model=safeHome', backend);
    await user.click(await screen.findByRole('button', { name: 'Sửa triển khai tại Phường Ngô Quyền' }));
    const dialog = screen.getByRole('dialog', { name: 'Triển khai tại Phường Ngô Quyền năm 2026' });
    expect(within(dialog).getByText('Mô hình: Ngôi nhà an toàn')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Ngày bắt đầu')).toHaveValue('01/03/2026');
    expect(within(dialog).getByLabelText('Kinh phí')).toHaveValue('12.000.000');

    await user.selectOptions(within(dialog).getByLabelText('Tình trạng'), 'Đang triển khai');
    await fill(user, within(dialog).getByLabelText('Ngày kết thúc'), '31/12/2026');
    const budget = within(dialog).getByLabelText('Kinh phí');
    await user.clear(budget);
    await fill(user, budget, '15000000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(backend.callsTo('models.saveRollout')).toHaveLength(1));
    expect(backend.callsTo('models.saveRollout')[0]?.input).toEqual({
      modelTypeId: 'safeHome',
      unitId: '11311',
      year: 2026,
      status: 'active',
      startDate: '2026-03-01',
      endDate: '2026-12-31',
      decisionNo: '15/QĐ-UBND',
      personInCharge: 'Phạm Thị Lan',
      budget: 15_000_000,
      notes: null,
    });
    expect(await screen.findByText('Đã lưu triển khai tại Phường Ngô Quyền năm 2026.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Có mô hình theo tình trạng triển khai: 1 / 2 xã, phường')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /^Phường Ngô Quyền/ });
    expect(within(row).getByText('Đang triển khai')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Lịch sử triển khai tại Phường Ngô Quyền' }));
    const historyDialog = screen.getByRole('dialog', { name: 'Lịch sử thay đổi: Phường Ngô Quyền, năm 2026' });
    await within(historyDialog).findByText('Tình trạng: Có kế hoạch → Đang triển khai');
    const entries = within(historyDialog).getAllByRole('listitem').filter((item) => item.parentElement?.tagName === 'OL');
    expect(entries).toHaveLength(2);
    const [newest, oldest] = entries as [HTMLElement, HTMLElement];
    expect(within(newest).getByText(/Cập nhật$/)).toBeInTheDocument();
    expect(within(newest).getAllByRole('listitem').map((item) => item.textContent?.replace(/\u00A0/g, ' '))).toEqual([
      'Tình trạng: Có kế hoạch → Đang triển khai',
      'Ngày kết thúc: (trống) → 31/12/2026',
      'Kinh phí: 12.000.000 ₫ → 15.000.000 ₫',
    ]);
    expect(within(oldest).getByText(/^01\/03\/2026 \d\d:\d\d — Tạo mới$/)).toBeInTheDocument();
    expect(within(oldest).getByText('Tình trạng: (trống) → Có kế hoạch')).toBeInTheDocument();
    await user.click(within(historyDialog).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks for a status before saving a unit with nothing yet', async () => {
    const { backend } = rolloutBackend();
    const { user } = await renderModels('/models/rollouts?year=2026&model=safeHome', backend);
    await user.click(await screen.findByRole('button', { name: 'Sửa triển khai tại Phường Gia Viên' }));
    const dialog = screen.getByRole('dialog', { name: 'Triển khai tại Phường Gia Viên năm 2026' });
    await fill(user, within(dialog).getByLabelText('Ngày bắt đầu'), '31/02/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Tình trạng')).toHaveAccessibleDescription('Mục này không được để trống.'));
    expect(within(dialog).getByLabelText('Ngày bắt đầu')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.callsTo('models.saveRollout')).toEqual([]);
  });

  it('keeps the year and the model in the address', async () => {
    const { backend } = rolloutBackend();
    const { user, router } = await renderModels('/models/rollouts?year=2026&model=safeHome', backend);
    await screen.findByRole('table', { name: 'Ngôi nhà an toàn năm 2026' });

    await user.selectOptions(screen.getByLabelText('Năm'), '2025');
    await screen.findByRole('table', { name: 'Ngôi nhà an toàn năm 2025' });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ year: '2025', model: 'safeHome' });

    await user.selectOptions(screen.getByLabelText('Mô hình'), 'Câu lạc bộ trẻ em');
    await screen.findByRole('table', { name: 'Câu lạc bộ trẻ em năm 2025' });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ year: '2025', model: 'childrenClub' });
    expect(backend.callsTo('models.rollouts').at(-1)?.input).toEqual({ modelTypeId: 'childrenClub', year: 2025, unitId: null });
    expect(screen.getByText('Có mô hình theo tình trạng triển khai: 0 / 2 xã, phường')).toBeInTheDocument();

    // Back returns to the year before, model and all.
    await router.navigate(-1);
    await screen.findByRole('table', { name: 'Ngôi nhà an toàn năm 2025' });
    expect(screen.getByLabelText('Năm')).toHaveValue('2025');
    expect(screen.getByLabelText('Mô hình')).toHaveValue('safeHome');
  });

  it('shows the history in the order main gives it, without sorting it again', async () => {
    const { backend, history } = rolloutBackend();
    // An order no sort by time would give: the page must not reorder what main answered.
    history.set('rollout-1', [
      { id: 'change-a', at: '2026-03-01T02:00:00.000Z', kind: 'created', changes: [{ field: 'status', from: null, to: 'planned' }] },
      { id: 'change-b', at: '2026-06-01T02:00:00.000Z', kind: 'updated', changes: [{ field: 'decisionNo', from: null, to: '15/QĐ-UBND' }] },
    ]);
    const { user } = await renderModels('/models/rollouts?year=2026&model=safeHome', backend);
    await user.click(await screen.findByRole('button', { name: 'Lịch sử triển khai tại Phường Ngô Quyền' }));
    const dialog = screen.getByRole('dialog', { name: 'Lịch sử thay đổi: Phường Ngô Quyền, năm 2026' });
    await within(dialog).findByText('Tình trạng: (trống) → Có kế hoạch');
    const entries = within(dialog).getAllByRole('listitem').filter((item) => item.parentElement?.tagName === 'OL');
    expect(entries.map((entry) => entry.querySelector('strong')?.textContent)).toEqual([
      expect.stringMatching(/^01\/03\/2026 .* — Tạo mới$/),
      expect.stringMatching(/^01\/06\/2026 .* — Cập nhật$/),
    ]);
  });

  it('shows a refusal about the model or the commune in the dialog, beside their names', async () => {
    const { backend } = rolloutBackend();
    serve(backend, 'models.saveRollout', () => {
      throw new Refusal('errors.invalidInput', [
        { path: 'modelTypeId', message: 'validation.modelArchived' },
        { path: 'unitId', message: 'validation.unitOutsideArea' },
      ]);
    });
    const { user } = await renderModels('/models/rollouts?year=2026&model=safeHome', backend);
    await user.click(await screen.findByRole('button', { name: 'Sửa triển khai tại Phường Ngô Quyền' }));
    const dialog = screen.getByRole('dialog', { name: 'Triển khai tại Phường Ngô Quyền năm 2026' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const modelLine = within(dialog).getByText('Mô hình: Ngôi nhà an toàn');
    const unitLine = within(dialog).getByText('Xã, phường: Phường Ngô Quyền');
    await waitFor(() => expect(modelLine.nextElementSibling).toHaveClass('field-error'));
    expect(modelLine.nextElementSibling).toHaveTextContent('Mô hình này đã được lưu trữ');
    expect(unitLine.nextElementSibling).toHaveTextContent('Xã, phường này không thuộc địa bàn của đơn vị.');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refreshes the dashboard after a rollout is saved', async () => {
    const { backend } = rolloutBackend();
    const { user, router, queryClient } = await renderRoutes(
      [
        {
          path: '/models',
          element: <ModelsLayout />,
          children: [
            { index: true, element: <CoveragePage /> },
            { path: 'rollouts', element: <RolloutsPage /> },
          ],
        },
        { path: '*', element: null },
      ],
      '/models?year=2026&fromYear=2026',
      backend,
    );
    const progress = await screen.findByRole('progressbar', { name: 'Ngôi nhà an toàn' });
    expect(progress).toHaveAttribute('aria-valuenow', '0');

    await router.navigate('/models/rollouts?year=2026&model=safeHome');
    await user.click(await screen.findByRole('button', { name: 'Sửa triển khai tại Phường Ngô Quyền' }));
    const dialog = screen.getByRole('dialog', { name: 'Triển khai tại Phường Ngô Quyền năm 2026' });
    await user.selectOptions(within(dialog).getByLabelText('Tình trạng'), 'Đang triển khai');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu triển khai tại Phường Ngô Quyền năm 2026.');

    // The save marks the dashboard's answer stale (the ['models'] invalidation), not just the page's.
    expect(queryClient.getQueryState(['models', 'coverage', 2026, 2026])?.isInvalidated).toBe(true);
    const before = backend.callsTo('models.coverage').length;
    await router.navigate('/models?year=2026&fromYear=2026');
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Ngôi nhà an toàn' })).toHaveAttribute('aria-valuenow', '1'));
    expect(backend.callsTo('models.coverage').length).toBeGreaterThan(before);
  });
});
