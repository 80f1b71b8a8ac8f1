import { describe, expect, it } from 'vitest'
import { suggestNewPlan, validateNewYear } from './planYear'

describe('new plan year', () => {
  it('suggests the year after the latest plan, copied from it', () => {
    expect(suggestNewPlan([2024])).toEqual({ year: 2025, copyFrom: 2024 })
    expect(suggestNewPlan([2025, 2023, 2024])).toEqual({ year: 2026, copyFrom: 2025 })
  })
  it('suggests nothing without plans or after 2030', () => {
    expect(suggestNewPlan([])).toBeNull()
    expect(suggestNewPlan([2030])).toBeNull()
  })
  it('checks the year as the API does', () => {
    expect(validateNewYear(2025, [2024])).toBeNull()
    expect(validateNewYear(null, [2024])).toBe('REQUIRED')
    expect(validateNewYear(2020, [2024])).toBe('OUT_OF_RANGE')
    expect(validateNewYear(2031, [2024])).toBe('OUT_OF_RANGE')
    expect(validateNewYear(2025.5, [2024])).toBe('OUT_OF_RANGE')
    expect(validateNewYear(2024, [2024])).toBe('EXISTS')
  })
})
