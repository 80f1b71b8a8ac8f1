/**
 * The dashboard's choices kept in the URL query (?period=2024S1&orgUnit=ninh-kieu&basis=submitted),
 * so that a link reproduces the view. Unknown or missing values fall back to the defaults.
 */
import type { Query as ApiQuery } from '@/lib/api/client'

export const CITY = 'can-tho'
export type Basis = NonNullable<ApiQuery<'/api/v1/attainment'>['basis']>
export interface DashboardState {
  period: string | null
  orgUnit: string
  basis: Basis
}
type Query = Record<string, string | null | (string | null)[] | undefined>

const first = (v: Query[string]) => (Array.isArray(v) ? v[0] : v) ?? null

/** The state a query asks for; a period or org unit not among the known ones is ignored. */
export function readDashboardQuery(
  query: Query,
  known: { periods: readonly string[]; orgUnits: readonly string[]; defaultPeriod: string | null },
): DashboardState {
  const period = first(query.period)
  const orgUnit = first(query.orgUnit)
  return {
    period: period && (known.periods.length === 0 || known.periods.includes(period)) ? period : known.defaultPeriod,
    orgUnit: orgUnit && (known.orgUnits.length === 0 || known.orgUnits.includes(orgUnit)) ? orgUnit : CITY,
    basis: first(query.basis) === 'submitted' ? 'submitted' : 'approved',
  }
}

/** The query of a state: period and org unit always (so the link is exact), basis only when provisional. */
export function dashboardQuery(state: DashboardState): Record<string, string> {
  const q: Record<string, string> = {}
  if (state.period) q.period = state.period
  q.orgUnit = state.orgUnit
  if (state.basis === 'submitted') q.basis = 'submitted'
  return q
}

/** Whether the URL already says exactly this state (else the page writes it there). */
export function querySays(query: Query, state: DashboardState): boolean {
  const want = dashboardQuery(state)
  const keys = ['period', 'orgUnit', 'basis']
  return keys.every((k) => (first(query[k]) ?? undefined) === want[k])
}
