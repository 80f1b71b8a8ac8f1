import { describe, expect, it } from 'vitest'
import { statusTagType, timelinessNote } from './reportingStatus'

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
