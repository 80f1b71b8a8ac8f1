import { describe, expect, it } from 'vitest'
import { chartData, formatGap, latestWithValue, niceMax } from './series'

describe('formatGap', () => {
  it('signs the gap in percentage points, the Vietnamese way', () => {
    expect(formatGap(0, '%', 'điểm %')).toBe('0\u00a0điểm %')
    expect(formatGap(4, '%', 'điểm %')).toBe('+4\u00a0điểm %')
    expect(formatGap(-2.857143, '%', 'điểm %')).toBe('\u22122,9\u00a0điểm %')
    expect(formatGap(-17.857143, '%', 'points', 'en-US')).toBe('\u221217.9\u00a0points')
  })
  it('uses the unit where the indicator is not a percentage', () => {
    expect(formatGap(1.25, 'lần', 'điểm %')).toBe('+1,3\u00a0lần')
  })
  it('shows a dash without a gap, and no minus for a gap that rounds to zero', () => {
    expect(formatGap(null, '%', 'điểm %')).toBe('–')
    expect(formatGap(undefined, '%', 'điểm %')).toBe('–')
    expect(formatGap(-0.01, '%', 'điểm %')).toBe('0\u00a0điểm %')
  })
})

describe('series', () => {
  const points = [
    { period: '2023S1', value: 50, target: 60 },
    { period: '2023', value: 52.5, target: 60 },
    { period: '2024S1', value: null, target: 65 },
  ]
  it('gives each period its own year target', () => {
    expect(chartData(points)).toEqual({
      labels: ['2023S1', '2023', '2024S1'],
      values: [50, 52.5, null],
      targets: [60, 60, 65],
    })
  })
  it('finds the latest point with a value', () => {
    expect(latestWithValue(points)?.period).toBe('2023')
    expect(latestWithValue([{ period: 'x', value: null }])).toBeNull()
  })
})

describe('niceMax', () => {
  it('rounds the axis up so the highest milestone stays in view', () => {
    expect(niceMax(35.4)).toBe(40)
    expect(niceMax(75)).toBe(75)
    expect(niceMax(1.65)).toBe(1.7)
    expect(niceMax(105.2)).toBe(110)
    expect(niceMax(0)).toBe(1)
  })
})
