/** How a reporting status reads on screen: colour, words and the note against the due date. */
import { formatDate } from '@/lib/format'
import type { Schemas } from '@/lib/api/client'

export const REPORTING_STATUSES = [
  'NOT_EXPECTED',
  'NOT_STARTED',
  'DRAFT',
  'OVERDUE',
  'SUBMITTED',
  'RETURNED',
  'APPROVED',
] as const satisfies readonly Schemas['ReportingStatus'][]
export const ORG_UNIT_TYPES = ['DEPARTMENT', 'DISTRICT', 'COMMUNE'] as const satisfies readonly Schemas['OrgUnitType'][]

/** Element Plus tag type per status; the words always go with it. */
export function statusTagType(status: string | undefined): 'success' | 'primary' | 'warning' | 'danger' | 'info' {
  switch (status) {
    case 'APPROVED':
      return 'success'
    case 'SUBMITTED':
      return 'primary'
    case 'DRAFT':
    case 'RETURNED':
      return 'warning'
    case 'OVERDUE':
      return 'danger'
    default:
      return 'info'
  }
}

/** What the status line needs of a matrix cell or a due item. */
export type CellLike = Partial<
  Pick<Schemas['StatusCell'], 'status' | 'dueDate' | 'onTime' | 'daysLate' | 'daysUntilDue' | 'exceptionUntil'>
>

/** The i18n key and values of the line under a status: on time, late by n days, overdue, n days left. */
export function timelinessNote(cell: CellLike): { key: string; values: Record<string, string | number> } | null {
  const due = formatDate(cell.dueDate)
  if (cell.status === 'NOT_EXPECTED') return { key: 'reporting.note.notExpected', values: {} }
  if (cell.status === 'OVERDUE') return { key: 'reporting.note.overdue', values: { days: cell.daysLate ?? 0, due } }
  if (cell.onTime === true) return { key: 'reporting.note.onTime', values: { due } }
  if (cell.onTime === false) return { key: 'reporting.note.late', values: { days: cell.daysLate ?? 0, due } }
  if (cell.daysUntilDue !== null && cell.daysUntilDue !== undefined) {
    return cell.daysUntilDue === 0
      ? { key: 'reporting.note.dueToday', values: { due } }
      : { key: 'reporting.note.dueIn', values: { days: cell.daysUntilDue, due } }
  }
  return null
}

type PeriodLike = Partial<Pick<Schemas['Period'], 'code' | 'dueDate'>>
interface MatrixLike<P extends PeriodLike, C extends CellLike & { period?: string }> {
  periods?: P[]
  rows?: { orgUnit?: string; cells?: C[] }[]
}

/**
 * A reporter's own line of the matrix, one entry per period with its cell, latest due date first.
 * Only the row of their org unit counts (the API sends no other); none when it is not there.
 */
export function ownPeriods<P extends PeriodLike, C extends CellLike & { period?: string }>(
  matrix: MatrixLike<P, C> | null | undefined,
  orgUnit: string | null | undefined,
): { period: P; cell: C }[] {
  const row = matrix?.rows?.find((r) => !!orgUnit && r.orgUnit === orgUnit)
  if (!row) return []
  const byCode = new Map((row.cells ?? []).map((c) => [c.period, c]))
  return (matrix?.periods ?? [])
    .flatMap((p) => {
      const cell = byCode.get(p.code)
      return cell ? [{ period: p, cell }] : []
    })
    .sort((a, b) => (b.period.dueDate ?? '').localeCompare(a.period.dueDate ?? ''))
}
