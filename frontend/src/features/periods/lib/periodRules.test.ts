import { describe, expect, it } from 'vitest'
import { exceptionError, todayInVietnam, windowError } from './periodRules'

describe('period rules', () => {
  it('refuses a window that closes before it opens, counting from the period start when open-ended', () => {
    expect(windowError('2024-06-20', '2024-06-10', '2024-01-01')).toBe('ENTRY_WINDOW_INVALID')
    expect(windowError(null, '2023-12-31', '2024-01-01')).toBe('ENTRY_WINDOW_INVALID')
    expect(windowError('2024-05-01', '2024-06-20', '2024-01-01')).toBeNull()
    expect(windowError(null, null, '2024-01-01')).toBeNull()
  })
  it('wants a reason and a last day from today on for an exception', () => {
    expect(exceptionError('2024-06-25', '  ', '2024-06-21')).toBe('REQUIRED')
    expect(exceptionError('2024-06-20', 'ốm', '2024-06-21')).toBe('EXCEPTION_INVALID')
    expect(exceptionError('2024-06-21', 'ốm', '2024-06-21')).toBeNull()
  })
  it('takes today in Can Tho, seven hours ahead of UTC', () => {
    expect(todayInVietnam(new Date('2024-06-09T18:30:00Z'))).toBe('2024-06-10')
  })
})
