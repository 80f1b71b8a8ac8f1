import { describe, expect, it } from 'vitest'
import { CITY, dashboardQuery, querySays, readDashboardQuery } from './dashboardQuery'

const known = { periods: ['2024', '2024S1'], orgUnits: ['can-tho', 'ninh-kieu', 'so-y-te'], defaultPeriod: '2024' }

describe('dashboard URL state', () => {
  it('reads period, org unit and basis from the query', () => {
    expect(readDashboardQuery({ period: '2024S1', orgUnit: 'ninh-kieu', basis: 'submitted' }, known)).toEqual({
      period: '2024S1',
      orgUnit: 'ninh-kieu',
      basis: 'submitted',
    })
  })
  it('falls back to the default period, the city and approved figures', () => {
    expect(readDashboardQuery({}, known)).toEqual({ period: '2024', orgUnit: CITY, basis: 'approved' })
    expect(readDashboardQuery({ period: '1999', orgUnit: 'atlantis', basis: 'guess' }, known)).toEqual({
      period: '2024',
      orgUnit: CITY,
      basis: 'approved',
    })
  })
  it('trusts the query while the lists are still loading', () => {
    const loading = { periods: [], orgUnits: [], defaultPeriod: null }
    expect(readDashboardQuery({ period: '2024S1', orgUnit: 'so-y-te' }, loading)).toMatchObject({
      period: '2024S1',
      orgUnit: 'so-y-te',
    })
    expect(readDashboardQuery({}, loading).period).toBeNull()
  })
  it('takes the first of repeated parameters', () => {
    expect(readDashboardQuery({ orgUnit: ['so-y-te', 'ninh-kieu'] }, known).orgUnit).toBe('so-y-te')
  })
  it('writes period and org unit always and basis only when provisional', () => {
    expect(dashboardQuery({ period: '2024', orgUnit: CITY, basis: 'approved' })).toEqual({
      period: '2024',
      orgUnit: CITY,
    })
    expect(dashboardQuery({ period: '2024S1', orgUnit: 'ninh-kieu', basis: 'submitted' })).toEqual({
      period: '2024S1',
      orgUnit: 'ninh-kieu',
      basis: 'submitted',
    })
  })
  it('round-trips: reading the written query gives the same state', () => {
    const state = { period: '2024S1', orgUnit: 'so-y-te', basis: 'submitted' as const }
    expect(readDashboardQuery(dashboardQuery(state), known)).toEqual(state)
    expect(querySays(dashboardQuery(state), state)).toBe(true)
    expect(querySays({ period: '2024S1' }, state)).toBe(false)
  })
})
