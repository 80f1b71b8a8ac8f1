/** Pure helpers for an indicator's series across periods and its national milestones. */
import { formatNumber } from '@/lib/format'
import { interfaceLocale } from '@/lib/locale'
import type { Schemas } from '@/lib/api/client'

type PointLike = Partial<Pick<Schemas['SeriesPoint'], 'period' | 'value' | 'target'>>

const MINUS = '\u2212'
const NBSP = '\u00a0'

/**
 * A gap to a national milestone, signed: "+4 điểm %", "−2,9 điểm %", "0 điểm %"; in the
 * indicator's own unit when it is not a percentage ("+1,2 lần"). Null -> "–".
 */
export function formatGap(
  gap: number | null | undefined,
  unit: string,
  pointsLabel: string,
  locale = interfaceLocale(),
): string {
  if (gap === null || gap === undefined || Number.isNaN(gap)) return '–'
  const rounded = Math.round(gap * 10) / 10
  const sign = rounded > 0 ? '+' : rounded < 0 ? MINUS : ''
  const label = unit === '%' ? pointsLabel : unit
  return `${sign}${formatNumber(Math.abs(rounded), 1, locale)}${NBSP}${label}`
}

/** Labels, values and each point's own plan-year target, for a chart across periods. */
export function chartData(points: readonly PointLike[]) {
  return {
    labels: points.map((p) => p.period ?? ''),
    values: points.map((p) => (p.value === undefined ? null : p.value)),
    targets: points.map((p) => (p.target === undefined ? null : p.target)),
  }
}

/** The last point that has a value, or null. */
export function latestWithValue<T extends PointLike>(points: readonly T[]): T | null {
  return [...points].reverse().find((p) => p.value !== null && p.value !== undefined) ?? null
}

/** A round axis maximum at or above x, so that the highest milestone line stays in view: 35.4 -> 40, 105.2 -> 110, 75 -> 75. */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1
  const magnitude = 10 ** Math.floor(Math.log10(x))
  const step = magnitude / (x / magnitude < 2 ? 10 : 2)
  return Math.round(Math.ceil(x / step - 1e-9) * step * 1e6) / 1e6
}
