import { describe, expect, it } from 'vitest'
import { ownPeriods, statusTagType, timelinessNote } from './reportingStatus'

describe('reporting status on screen', () => {
  it('colours every status, overdue in red, approved in green, the rest never alone', () => {
    expect(statusTagType('OVERDUE')).toBe('danger')
    expect(statusTagType('APPROVED')).toBe('success')
    expect(statusTagType('NOT_EXPECTED')).toBe('info')
  })
  it('says late or overdue against the due date in dd/MM/yyyy', () => {
    expect(timelinessNote({ status: 'OVERDUE', dueDate: '2024-06-10', daysLate: 3 })).toEqual({
      key: 'reporting.note.overdue',
      values: { days: 3, due: '10/06/2024' },
    })
    expect(timelinessNote({ status: 'APPROVED', dueDate: '2024-06-10', onTime: false, daysLate: 2 })).toEqual({
      key: 'reporting.note.late',
      values: { days: 2, due: '10/06/2024' },
    })
    expect(timelinessNote({ status: 'SUBMITTED', dueDate: '2024-06-10', onTime: true })?.key).toBe(
      'reporting.note.onTime',
    )
  })
  it('counts the days left and marks the due date itself', () => {
    expect(timelinessNote({ status: 'DRAFT', dueDate: '2024-06-10', daysUntilDue: 5 })).toEqual({
      key: 'reporting.note.dueIn',
      values: { days: 5, due: '10/06/2024' },
    })
    expect(timelinessNote({ status: 'NOT_STARTED', dueDate: '2024-06-10', daysUntilDue: 0 })?.key).toBe(
      'reporting.note.dueToday',
    )
  })
  it('explains a unit that reports nothing', () => {
    expect(timelinessNote({ status: 'NOT_EXPECTED', dueDate: '2024-06-10' })?.key).toBe('reporting.note.notExpected')
  })
})

describe("a reporter's own periods", () => {
  const matrix = {
    periods: [
      { code: '2024', dueDate: '2024-12-10' },
      { code: '2024S1', dueDate: '2024-06-10' },
      { code: '2023', dueDate: '2023-12-10' },
    ],
    rows: [
      {
        orgUnit: 'co-do',
        cells: [
          { period: '2024', status: 'NOT_STARTED' as const },
          { period: '2024S1', status: 'RETURNED' as const, onTime: false },
          { period: '2023', status: 'APPROVED' as const, onTime: true },
        ],
      },
    ],
  }
  it('lists every period with its cell, latest due date first', () => {
    expect(ownPeriods(matrix, 'co-do').map((e) => [e.period.code, e.cell.status])).toEqual([
      ['2024', 'NOT_STARTED'],
      ['2024S1', 'RETURNED'],
      ['2023', 'APPROVED'],
    ])
  })
  it("shows nothing but the reporter's own unit", () => {
    expect(ownPeriods(matrix, 'ninh-kieu')).toEqual([])
    expect(ownPeriods(matrix, null)).toEqual([])
    expect(ownPeriods(null, 'co-do')).toEqual([])
  })
})
