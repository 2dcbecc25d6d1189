/** A round top for a count axis (1, 2 or 5 × 10ⁿ per step) and its ticks, from 0. */
export function countAxis(largest: number, tickCount = 4): { max: number; ticks: number[] } {
  const raw = Math.max(1, largest) / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? raw);
  const max = Math.max(step, Math.ceil(Math.max(1, largest) / step) * step);
  return { max, ticks: Array.from({ length: Math.round(max / step) + 1 }, (_, index) => index * step) };
}

/**
 * Bar colours, in model order: each at least 4.5:1 against white (and against the white gaps
 * between bars), told apart by hue and lightness; the legend names them.
 */
export const barColours = ['#1f5c99', '#b34700', '#2e7d32', '#7b1fa2', '#b3261e', '#00695c', '#5d4037', '#455a64'] as const;
export const barColour = (index: number): string => barColours[index % barColours.length] ?? '#1f5c99';
