import { describe, expect, it } from 'vitest'
import { countLarge, formatChange, signed } from './change'

const S = '\u00a0'
const vi = { points: 'điểm %', fromZero: 'tăng từ 0', yes: 'Có', no: 'Không', unchanged: 'Không đổi' }

describe('signed numbers', () => {
  it('puts a plus or a true minus before the Vietnamese number', () => {
    expect(signed(10)).toBe('+10')
    expect(signed(-45.56)).toBe('\u221245,6')
    expect(signed(1.818182)).toBe('+1,8')
    expect(signed(0)).toBe('0')
    expect(signed(-0.01)).toBe('0')
    expect(signed(1234.5)).toBe('+1.234,5')
  })
})

describe('formatChange', () => {
  it('writes a share in percentage points', () => {
    expect(formatChange({ kind: 'PERCENTAGE_POINTS', amount: -45, large: true }, {}, vi)).toBe(`\u221245${S}điểm %`)
  })
  it('writes other numbers relative to their previous value', () => {
    expect(formatChange({ kind: 'RELATIVE', amount: 1.818182, large: false }, {}, vi)).toBe(`+1,8${S}%`)
    expect(formatChange({ kind: 'RELATIVE', amount: null, large: true, reason: 'FROM_ZERO' }, {}, vi)).toBe('tăng từ 0')
  })
  it('writes a flip of a yes/no answer as before → after', () => {
    expect(formatChange({ kind: 'FLIP', large: true }, { previous: true, current: false }, vi)).toBe('Có → Không')
    expect(formatChange({ kind: 'FLIP', large: false }, { previous: true, current: true }, vi)).toBe('Không đổi')
  })
  it('writes a dash when there is nothing to compare', () => {
    expect(formatChange(null, {}, vi)).toBe('–')
    expect(formatChange({}, {}, vi)).toBe('–')
  })
  it('uses English numbers in English', () => {
    expect(formatChange({ kind: 'RELATIVE', amount: 1234.56 }, {}, vi, 'en-GB')).toBe(`+1,234.6${S}%`)
  })
  it('counts the large changes', () => {
    expect(countLarge([{ change: { large: true } }, { change: null }, { change: { large: false } }, {}])).toBe(1)
  })
})
