import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatTarget,
  formatValue,
  parseNumber,
} from './format'

const S = '\u00a0'

describe('vi-VN numbers', () => {
  it('uses a decimal comma and dot thousands', () => {
    expect(formatNumber(57.142857)).toBe('57,1')
    expect(formatNumber(1234.5)).toBe('1.234,5')
    expect(formatNumber(60)).toBe('60')
    expect(formatNumber(null)).toBe('–')
  })
  it('writes percentages as "57,1 %"', () => {
    expect(formatPercent(57.142857)).toBe(`57,1${S}%`)
    expect(formatValue(100, '%')).toBe(`100${S}%`)
  })
  it('writes other units after the number', () => {
    expect(formatValue(1.6, 'lần')).toBe(`1,6${S}lần`)
    expect(formatValue(110.25, 'bé trai/100 bé gái')).toBe(`110,3${S}bé trai/100 bé gái`)
    expect(formatValue(45, '/100.000 trẻ sinh sống')).toBe('45/100.000 trẻ sinh sống')
  })
  it('reads numbers typed either way', () => {
    expect(parseNumber('1.234,5')).toBe(1234.5)
    expect(parseNumber('12,5')).toBe(12.5)
    expect(parseNumber('12.5')).toBe(12.5)
    expect(parseNumber('1.000')).toBe(1000)
    expect(parseNumber(' ')).toBeNull()
    expect(parseNumber('abc')).toBeNaN()
  })
})

describe('targets spelled out', () => {
  it('names the comparator', () => {
    expect(formatTarget('GE', 60, '%')).toBe(`≥${S}60${S}%`)
    expect(formatTarget('LT', 26, '%')).toBe(`<${S}26${S}%`)
    expect(formatTarget('LE', 105, 'bé trai/100 bé gái')).toBe(`≤${S}105${S}bé trai/100 bé gái`)
    expect(formatTarget('GT', 1.4, 'lần')).toBe(`>${S}1,4${S}lần`)
    expect(formatTarget('TRUE', null, 'có/không')).toBe('có')
  })
  it('takes the word for yes before the locale, as the screens pass it', () => {
    expect(formatTarget('TRUE', null, 'yes/no', 'yes')).toBe('yes')
    expect(formatTarget('GE', 60.5, '%', 'yes', 'en-US')).toBe(`≥${S}60.5${S}%`)
  })
})

describe('vi-VN dates', () => {
  it('writes a LocalDate as dd/mm/yyyy without shifting it', () => {
    expect(formatDate('2024-06-10')).toBe('10/06/2024')
    expect(formatDate(null)).toBe('–')
  })
  it('writes an instant in Can Tho time', () => {
    expect(formatDateTime('2024-06-09T20:30:00Z')).toBe('10/06/2024 03:30')
    expect(formatDate('2024-06-09T20:30:00Z')).toBe('10/06/2024')
  })
})
