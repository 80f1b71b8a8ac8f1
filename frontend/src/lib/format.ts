/**
 * Numbers, percentages, targets and dates as the screens show them, via Intl: numbers in the
 * interface language (vi-VN "1.234,5", en-GB "1,234.5") unless a locale is given; dates day first
 * in both (10/06/2024), instants in Can Tho time.
 */
import type { Schemas } from './api/client'
import { interfaceLocale } from './locale'

export type Comparator = Schemas['Comparator']

const NBSP = '\u00a0'
const numberFormats = new Map<string, Intl.NumberFormat>()

function nf(locale: string, digits: number) {
  const key = `${locale}:${digits}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    numberFormats.set(key, f)
  }
  return f
}

/** 1234.5 -> "1.234,5" (vi-VN), "1,234.5" (en-GB); null -> "–". */
export function formatNumber(n: number | null | undefined, digits = 1, locale = interfaceLocale()): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–'
  return nf(locale, digits).format(n)
}

/** 57.142857 -> "57,1 %" (a non-breaking space before %). */
export function formatPercent(n: number | null | undefined, digits = 1, locale = interfaceLocale()): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–'
  return formatNumber(n, digits, locale) + NBSP + '%'
}

/** A value in its unit: "%" -> "57,1 %", "lần" -> "1,6 lần", "bé trai/100 bé gái" -> "110,2 bé trai/100 bé gái". */
export function formatValue(n: number | null | undefined, unit: string, locale = interfaceLocale()): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–'
  if (unit === '%') return formatPercent(n, 1, locale)
  const sep = unit.startsWith('/') ? '' : NBSP
  return formatNumber(n, 1, locale) + sep + unit
}

const SYMBOLS: Record<Exclude<Comparator, 'TRUE'>, string> = { GE: '≥', GT: '>', LE: '≤', LT: '<' }

/** The target spelled out: "≥ 60 %", "< 26 %", "≤ 105 bé trai/100 bé gái", "có" (yes/no). */
export function formatTarget(
  comparator: Comparator,
  target: number | null | undefined,
  unit: string,
  yes = 'có',
  locale = interfaceLocale(),
): string {
  if (comparator === 'TRUE') return yes
  return SYMBOLS[comparator] + NBSP + formatValue(target, unit, locale)
}

/** "2024-06-10" (a LocalDate) -> "10/06/2024", without time-zone shifts. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–'
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  if (iso.length === 10) return `${m[3]}/${m[2]}/${m[1]}`
  return new Intl.DateTimeFormat(interfaceLocale(), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso))
}

/** An instant in Can Tho time: "10/06/2024 14:05". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const parts = new Intl.DateTimeFormat(interfaceLocale(), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).formatToParts(d)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}

/** Parses a number typed the Vietnamese way ("1.234,5") or the plain way ("1234.5"). */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '')
  if (t === '') return null
  let normalized = t
  if (t.includes(',')) normalized = t.replace(/\./g, '').replace(',', '.')
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) normalized = t.replace(/\./g, '')
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return Number.NaN
  return Number(normalized)
}
