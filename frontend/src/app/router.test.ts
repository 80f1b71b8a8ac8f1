import { describe, expect, it } from 'vitest'
import { routes } from './router'
import type { Principal } from '@/lib/authorization'

const people: Record<string, Principal> = {
  admin: { username: 'admin', roles: ['admin'] },
  coordinator: { username: 'coordinator', roles: ['coordinator'] },
  viewer: { username: 'viewer', roles: ['viewer'] },
  reporter: { username: 'reporter.ninh-kieu', roles: ['reporter'], orgUnit: 'ninh-kieu' },
  unboundReporter: { username: 'reporter.unbound', roles: ['reporter'], orgUnit: null },
}
const opens = (who: string) =>
  routes
    .filter((r) => r.name && r.meta?.allowed && r.meta.allowed(people[who]))
    .map((r) => r.name)
    .sort()

describe('routes per role', () => {
  it('admin: dashboard, indicators, status, reports, audit, periods, contacts, targets', () => {
    expect(opens('admin')).toEqual([
      'audit',
      'contacts',
      'dashboard',
      'indicator',
      'periods',
      'reports',
      'status',
      'targets',
    ])
  })
  it('coordinator: dashboard, indicators, review, status, reports, audit, periods', () => {
    expect(opens('coordinator')).toEqual([
      'audit',
      'dashboard',
      'indicator',
      'periods',
      'reports',
      'review',
      'review-submission',
      'status',
    ])
  })
  it('viewer: read-only screens', () => {
    expect(opens('viewer')).toEqual(['dashboard', 'indicator', 'reports', 'status'])
  })
  it("reporter: dashboard, indicators, own data entry, own unit's reporting status", () => {
    expect(opens('reporter')).toEqual(['dashboard', 'entry', 'indicator', 'my-status'])
  })
  it('a reporter bound to no org unit gets no own-unit screens', () => {
    expect(opens('unboundReporter')).toEqual(['dashboard', 'indicator'])
  })
  it('anonymous: nothing', () => {
    expect(routes.filter((r) => r.meta?.allowed?.(null))).toEqual([])
  })
})
