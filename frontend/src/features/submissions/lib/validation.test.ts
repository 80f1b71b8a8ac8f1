import { describe, expect, it } from 'vitest'
import {
  computeValue,
  mapFieldErrors,
  partialDisaggregations,
  toValueInputs,
  validateRow,
  type EntryRow,
  type IndicatorRule,
} from './validation'

const pct: IndicatorRule = { code: '1.1', valueType: 'RATIO', unit: '%', scale: 100 }
const ratio: IndicatorRule = { code: '4.1', valueType: 'RATIO', unit: 'bé trai/100 bé gái', scale: 100 }
const flag: IndicatorRule = { code: '6.2', valueType: 'FLAG', unit: 'có/không', scale: null }
const row = (p: Partial<EntryRow>): EntryRow => ({
  indicator: '1.1',
  sex: null,
  numerator: '',
  denominator: '',
  flag: null,
  ...p,
})

describe('value rules (mirror of ValueRules.java)', () => {
  it('accepts a blank row (a draft may leave it out) and a good one', () => {
    expect(validateRow(row({}), pct)).toEqual({})
    expect(validateRow(row({ numerator: '12', denominator: '21' }), pct)).toEqual({})
  })
  it('needs both numbers once one is typed', () => {
    expect(validateRow(row({ numerator: '12' }), pct)).toEqual({ denominator: 'REQUIRED' })
    expect(validateRow(row({ denominator: '12' }), pct)).toEqual({ numerator: 'REQUIRED' })
  })
  it('refuses negatives, a zero denominator and text', () => {
    expect(validateRow(row({ numerator: '-1', denominator: '5' }), pct).numerator).toBe('NEGATIVE')
    expect(validateRow(row({ numerator: '1', denominator: '0' }), pct).denominator).toBe('DENOMINATOR_NOT_POSITIVE')
    expect(validateRow(row({ numerator: 'abc', denominator: '5' }), pct).numerator).toBe('NOT_A_NUMBER')
  })
  it('caps a share at its denominator, but not a ratio', () => {
    expect(validateRow(row({ numerator: '21', denominator: '20' }), pct).numerator).toBe(
      'NUMERATOR_EXCEEDS_DENOMINATOR',
    )
    expect(validateRow(row({ numerator: '20', denominator: '20' }), pct)).toEqual({})
    expect(validateRow(row({ numerator: '112', denominator: '100' }), ratio)).toEqual({})
  })
  it('wants yes or no for a flag', () => {
    expect(validateRow(row({ indicator: '6.2', flag: true }), flag)).toEqual({})
    expect(validateRow(row({ indicator: '6.2', numerator: '1' }), flag)).toEqual({ flag: 'FLAG_REQUIRED' })
  })
  it('computes the value live', () => {
    expect(computeValue(row({ numerator: '12', denominator: '21' }), pct)).toBeCloseTo(57.142857, 5)
    expect(computeValue(row({ numerator: '12', denominator: '0' }), pct)).toBeNull()
    expect(computeValue(row({ flag: true }), flag)).toBeNull()
  })
  it('sends non-blank rows and maps the API errors back to them', () => {
    const rows = [
      row({}),
      row({ indicator: '4.1', sex: 'male', numerator: '1,5', denominator: '2' }),
      row({ indicator: '6.2', flag: false }),
    ]
    const rules = new Map([
      ['1.1', pct],
      ['4.1', ratio],
      ['6.2', flag],
    ])
    expect(toValueInputs(rows, rules)).toEqual([
      { indicator: '4.1', disaggregation: { sex: 'male' }, numerator: 1.5, denominator: 2 },
      { indicator: '6.2', flag: false },
    ])
    const mapped = mapFieldErrors([{ field: 'values[1].flag', code: 'FLAG_REQUIRED' }], rows)
    expect(mapped.get(2)).toEqual({ flag: 'FLAG_REQUIRED' })
  })
  it('refuses to submit one sex of a disaggregated indicator without the other', () => {
    const rules = new Map([['5.2a', { ...pct, code: '5.2a' }]])
    const male = row({ indicator: '5.2a', sex: 'male', numerator: '1', denominator: '2' })
    const female = row({ indicator: '5.2a', sex: 'female' })
    expect(partialDisaggregations([male, female], rules)).toEqual(new Map([[1, { numerator: 'BOTH_SEXES' }]]))
    expect(partialDisaggregations([female, { ...female, sex: 'male' }], rules).size).toBe(0)
    expect(partialDisaggregations([male, { ...male, sex: 'female' }], rules).size).toBe(0)
  })
})
