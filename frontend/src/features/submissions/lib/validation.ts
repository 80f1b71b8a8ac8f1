/**
 * The API's value rules (api/.../submission/ValueRules.java), checked in the browser so that the
 * reporter sees them inline before saving. Error codes are the API's own FieldError codes.
 */
import { parseNumber } from '@/lib/format'
import type { Schemas } from '@/lib/api/client'

type ValueInput = Schemas['ValueInput']

export interface IndicatorRule {
  code: string
  valueType: Schemas['ValueType']
  unit: string
  scale: number | null
}

/** One line of the entry form: an indicator, or one sex of a disaggregated one. */
export interface EntryRow {
  indicator: string
  sex: 'male' | 'female' | null
  numerator: string
  denominator: string
  flag: boolean | null
}

export type FieldCode =
  | 'REQUIRED'
  | 'NEGATIVE'
  | 'NOT_A_NUMBER'
  | 'DENOMINATOR_NOT_POSITIVE'
  | 'NUMERATOR_EXCEEDS_DENOMINATOR'
  | 'FLAG_REQUIRED'
  | 'BOTH_SEXES'

export interface RowErrors {
  numerator?: FieldCode
  denominator?: FieldCode
  flag?: FieldCode
}

/** Nothing typed or chosen: the row is left out of the submission (allowed in a draft). */
export function isBlank(row: EntryRow): boolean {
  return row.numerator.trim() === '' && row.denominator.trim() === '' && row.flag === null
}

export function validateRow(row: EntryRow, rule: IndicatorRule): RowErrors {
  const errors: RowErrors = {}
  if (isBlank(row)) return errors
  if (rule.valueType === 'FLAG') {
    if (row.flag === null) errors.flag = 'FLAG_REQUIRED'
    return errors
  }
  const n = parseNumber(row.numerator)
  const d = parseNumber(row.denominator)
  if (n === null) errors.numerator = 'REQUIRED'
  else if (Number.isNaN(n)) errors.numerator = 'NOT_A_NUMBER'
  else if (n < 0) errors.numerator = 'NEGATIVE'
  if (d === null) errors.denominator = 'REQUIRED'
  else if (Number.isNaN(d)) errors.denominator = 'NOT_A_NUMBER'
  else if (d <= 0) errors.denominator = 'DENOMINATOR_NOT_POSITIVE'
  if (!errors.numerator && !errors.denominator && rule.unit === '%' && n! > d!) {
    errors.numerator = 'NUMERATOR_EXCEEDS_DENOMINATOR'
  }
  return errors
}

export function hasErrors(e: RowErrors): boolean {
  return !!(e.numerator || e.denominator || e.flag)
}

/** numerator / denominator x scale, live; null while it cannot be worked out. */
export function computeValue(row: EntryRow, rule: IndicatorRule): number | null {
  if (rule.valueType === 'FLAG' || rule.scale === null) return null
  const n = parseNumber(row.numerator)
  const d = parseNumber(row.denominator)
  if (n === null || d === null || Number.isNaN(n) || Number.isNaN(d) || d <= 0 || n < 0) return null
  return (n / d) * rule.scale
}

/** The request's values: every non-blank row, as the API expects them. */
export function toValueInputs(rows: EntryRow[], rules: Map<string, IndicatorRule>): ValueInput[] {
  return rows
    .filter((r) => !isBlank(r))
    .map((r) => {
      const rule = rules.get(r.indicator)!
      const v: ValueInput = { indicator: r.indicator }
      if (r.sex) v.disaggregation = { sex: r.sex }
      if (rule.valueType === 'FLAG') v.flag = r.flag
      else {
        v.numerator = parseNumber(r.numerator)
        v.denominator = parseNumber(r.denominator)
      }
      return v
    })
}

/** Maps the API's `errors[].field` ("values[3].numerator") back to the form's rows. */
export function mapFieldErrors(errors: { field?: string; code?: string }[], rows: EntryRow[]): Map<number, RowErrors> {
  const sent = rows.map((r, i) => ({ r, i })).filter(({ r }) => !isBlank(r))
  const out = new Map<number, RowErrors>()
  for (const e of errors) {
    const m = /^values\[(\d+)\]\.?(\w+)?/.exec(e.field ?? '')
    if (!m) continue
    const row = sent[Number(m[1])]
    if (!row) continue
    const key = (m[2] === 'denominator' ? 'denominator' : m[2] === 'flag' ? 'flag' : 'numerator') as keyof RowErrors
    const current = out.get(row.i) ?? {}
    current[key] = (e.code ?? 'REQUIRED') as FieldCode
    out.set(row.i, current)
  }
  return out
}

/**
 * Submit-time rule: a disaggregated indicator with only some categories is never submittable
 * (the API refuses it even with allowMissing). Marks the blank rows of such indicators.
 */
export function partialDisaggregations(rows: EntryRow[], rules: Map<string, IndicatorRule>): Map<number, RowErrors> {
  const out = new Map<number, RowErrors>()
  const byIndicator = new Map<string, number[]>()
  rows.forEach((r, i) => r.sex && byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), i]))
  for (const [code, idx] of byIndicator) {
    const blank = idx.filter((i) => isBlank(rows[i]))
    if (blank.length === 0 || blank.length === idx.length) continue
    const field = rules.get(code)?.valueType === 'FLAG' ? 'flag' : 'numerator'
    for (const i of blank) out.set(i, { [field]: 'BOTH_SEXES' })
  }
  return out
}
