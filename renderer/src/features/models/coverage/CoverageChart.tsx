import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../../../shared/models';
import { useModelLabels } from '../labels';
import { barColour, countAxis } from './chartScale';
import { coverageInYear, yearsBetween } from './coverageFigures';

const groupGap = 36;
const margin = { top: 16, right: 12, bottom: 48, left: 60 };
const plotHeight = 240;
/** About the dashboard's width at 1366×768: bars widen to fill it, down to 10 px before the chart scrolls. */
const nominalWidth = 900;
const barWidth = (years: number, models: number) =>
  Math.max(10, Math.min(36, Math.floor((nominalWidth - margin.left - margin.right - years * groupGap) / Math.max(1, years * models))));

/**
 * Communes covered by year: one group per year, a bar per model in the legend's colours, a
 * black tick at the year's target. Plain SVG; each bar is named (count and target) for assistive technology.
 */
export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const titleId = useId();
  const years = yearsBetween(coverage.fromYear, coverage.year);
  const models = coverage.models;
  const bar = barWidth(years.length, models.length);
  const groupWidth = Math.max(1, models.length) * bar + groupGap;
  const width = margin.left + years.length * groupWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const largest = Math.max(0, ...models.flatMap((model) => model.byYear.flatMap((entry) => [entry.covered, entry.target ?? 0])));
  // Headroom above the tallest bar or target, so a target tick never sits on the top grid line.
  const axis = countAxis(largest + 1);
  const y = (count: number) => margin.top + plotHeight - (Math.min(count, axis.max) / axis.max) * plotHeight;
  const title = t('models.coverage.chart.title', { fromYear: coverage.fromYear, year: coverage.year });

  return (
    <figure className="coverage-chart">
      {/* A long series is wider than the window: it scrolls on its own rather than shrinking its text. */}
      {/* Named once, by the region; the svg itself stays unnamed so the title is not read twice. */}
      <p id={titleId} className="visually-hidden">
        {title}
      </p>
      <div className="coverage-chart__scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <svg role="group" viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="coverage-chart__svg">
          <g aria-hidden="true" className="coverage-chart__axis">
            {axis.ticks.map((tick) => (
              <g key={tick}>
                <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="coverage-chart__grid" />
                <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                  {tick}
                </text>
              </g>
            ))}
            <line x1={margin.left} x2={margin.left} y1={margin.top} y2={margin.top + plotHeight} className="coverage-chart__baseline" />
            <line x1={margin.left} x2={width - margin.right} y1={margin.top + plotHeight} y2={margin.top + plotHeight} className="coverage-chart__baseline" />
            <text transform={`translate(16 ${margin.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle" className="coverage-chart__axis-label">
              {t('models.coverage.chart.yAxis')}
            </text>
            <text x={margin.left + (width - margin.left - margin.right) / 2} y={height - 6} textAnchor="middle" className="coverage-chart__axis-label">
              {t('models.coverage.chart.xAxis')}
            </text>
          </g>
          {years.map((year, yearIndex) => {
            const groupX = margin.left + yearIndex * groupWidth + groupGap / 2;
            return (
              <g key={year} role="group" aria-label={t('models.coverage.chart.yearGroup', { year })}>
                {models.map((model, modelIndex) => {
                  const { covered, target } = coverageInYear(model, year);
                  const x = groupX + modelIndex * bar;
                  const name = labels.modelType(model);
                  const label =
                    target === null
                      ? t('models.coverage.chart.bar', { model: name, year, covered })
                      : t('models.coverage.chart.barTarget', { model: name, year, covered, target });
                  return (
                    <g key={model.modelTypeId}>
                      <rect role="img" aria-label={label} x={x + 1} y={y(covered)} width={bar - 2} height={margin.top + plotHeight - y(covered)} fill={barColour(modelIndex)} />
                      {target !== null && <line aria-hidden="true" className="coverage-chart__target" x1={x} x2={x + bar} y1={y(target)} y2={y(target)} />}
                    </g>
                  );
                })}
                <text aria-hidden="true" x={groupX + (models.length * bar) / 2} y={margin.top + plotHeight + 18} textAnchor="middle">
                  {year}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <ul className="coverage-chart__legend" aria-label={t('models.coverage.chart.legend')}>
          {models.map((model, index) => (
            <li key={model.modelTypeId}>
              <span className="coverage-chart__swatch" style={{ background: barColour(index) }} aria-hidden="true" />
              {labels.modelType(model)}
            </li>
          ))}
          <li>
            <span className="coverage-chart__swatch coverage-chart__swatch--target" aria-hidden="true" />
            {t('models.coverage.chart.targetMark')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
