/** How a value's change since the previous period reads in the review view (vi-VN first). */
import { formatNumber } from '@/lib/format'
import { interfaceLocale } from '@/lib/locale'
import type { Schemas } from '@/lib/api/client'

/** A value's move as the API describes it (fields may be left out in tests and sketches). */
type Change = Partial<Schemas['Change']>
/** Words the formatter needs, from i18n: the percentage-point unit, yes, no, "no change", "up from 0". */
export interface ChangeWords {
  points: string
  fromZero: string
  yes: string
  no: string
  unchanged: string
}

const NBSP = '\u00a0'
const MINUS = '\u2212'

/** A signed number: "+10", "−45,5" (a true minus sign, read by screen readers as minus). */
export function signed(n: number, digits = 1, locale = interfaceLocale()): string {
  const text = formatNumber(Math.abs(n), digits, locale)
  if (text === formatNumber(0, digits, locale)) return text
  return (n < 0 ? MINUS : '+') + text
}

/**
 * The change in its own measure: "−45 điểm %" for a share, "+1,8 %" relative for other numbers,
 * "Có → Không" for a yes/no flip, "tăng từ 0" leaving zero; "–" when there is nothing to compare.
 */
export function formatChange(
  change: Change | null | undefined,
  flags: { current?: boolean | null; previous?: boolean | null },
  words: ChangeWords,
  locale = interfaceLocale(),
): string {
  if (!change?.kind) return '–'
  if (change.kind === 'FLIP') {
    if (!change.large) return words.unchanged
    const yn = (b?: boolean | null) => (b ? words.yes : words.no)
    return `${yn(flags.previous)} → ${yn(flags.current)}`
  }
  if (change.amount === null || change.amount === undefined) return words.fromZero
  if (change.kind === 'PERCENTAGE_POINTS') return signed(change.amount, 1, locale) + NBSP + words.points
  return signed(change.amount, 1, locale) + NBSP + '%'
}

/** How many rows are flagged as large changes. */
export const countLarge = (rows: { change?: Change | null }[]) => rows.filter((r) => r.change?.large).length
