import { describe, expect, it } from 'vitest'
import { can, decodeJwtPayload, principalFromClaims, type Principal } from './authorization'

const reporter: Principal = { username: 'reporter.ninh-kieu', roles: ['reporter'], orgUnit: 'ninh-kieu' }
const coordinator: Principal = { username: 'coordinator', roles: ['coordinator'] }
const viewer: Principal = { username: 'viewer', roles: ['viewer'] }
const admin: Principal = { username: 'admin', roles: ['admin'] }

describe('authorization', () => {
  it('lets every role see the dashboard, nobody anonymous', () => {
    for (const p of [reporter, coordinator, viewer, admin]) expect(can.viewDashboard(p)).toBe(true)
    expect(can.viewDashboard(null)).toBe(false)
    expect(can.viewDashboard({ username: 'x', roles: ['offline_access'] })).toBe(false)
  })
  it('shows provisional figures to a reporter for their own unit only', () => {
    for (const p of [coordinator, viewer, admin]) {
      expect(can.viewProvisional(p, 'can-tho')).toBe(true)
      expect(can.viewProvisional(p, 'co-do')).toBe(true)
    }
    expect(can.viewProvisional(reporter, 'ninh-kieu')).toBe(true)
    expect(can.viewProvisional(reporter, 'co-do')).toBe(false)
    expect(can.viewProvisional(reporter, 'can-tho')).toBe(false)
    expect(can.viewProvisional({ ...reporter, orgUnit: null }, 'ninh-kieu')).toBe(false)
  })
  it('lets only a bound reporter enter figures, for their own unit', () => {
    expect(can.enterFigures(reporter)).toBe(true)
    expect(can.enterFigures({ ...reporter, orgUnit: null })).toBe(false)
    for (const p of [coordinator, viewer, admin]) expect(can.enterFigures(p)).toBe(false)
    expect(can.createSubmission(reporter, 'ninh-kieu')).toBe(true)
    expect(can.createSubmission(reporter, 'co-do')).toBe(false)
  })
  it('allows edits and submit only while DRAFT or RETURNED', () => {
    for (const status of ['DRAFT', 'RETURNED'] as const) {
      expect(can.editSubmission(reporter, { orgUnit: 'ninh-kieu', status })).toBe(true)
      expect(can.submitSubmission(reporter, { orgUnit: 'ninh-kieu', status })).toBe(true)
    }
    for (const status of ['SUBMITTED', 'APPROVED'] as const) {
      expect(can.editSubmission(reporter, { orgUnit: 'ninh-kieu', status })).toBe(false)
      expect(can.submitSubmission(reporter, { orgUnit: 'ninh-kieu', status })).toBe(false)
    }
    expect(can.editSubmission(reporter, { orgUnit: 'co-do', status: 'DRAFT' })).toBe(false)
    expect(can.editSubmission(coordinator, { orgUnit: 'ninh-kieu', status: 'DRAFT' })).toBe(false)
  })
  it('gives review moves to the coordinator, from the right status', () => {
    expect(can.review(coordinator)).toBe(true)
    for (const p of [reporter, viewer, admin]) expect(can.review(p)).toBe(false)
    expect(can.approve(coordinator, { status: 'SUBMITTED' })).toBe(true)
    expect(can.approve(coordinator, { status: 'DRAFT' })).toBe(false)
    expect(can.returnForRevision(coordinator, { status: 'SUBMITTED' })).toBe(true)
    expect(can.returnForRevision(coordinator, { status: 'APPROVED' })).toBe(false)
    expect(can.reopen(coordinator, { status: 'APPROVED' })).toBe(true)
    expect(can.reopen(coordinator, { status: 'SUBMITTED' })).toBe(false)
    expect(can.approve(admin, { status: 'SUBMITTED' })).toBe(false)
  })
  it('gives targets to the admin only and the status matrix to readers of everything', () => {
    expect(can.editTargets(admin)).toBe(true)
    for (const p of [reporter, coordinator, viewer]) expect(can.editTargets(p)).toBe(false)
    expect(can.viewReportingStatus(viewer)).toBe(true)
    expect(can.viewReportingStatus(reporter)).toBe(false)
  })
  it("gives a bound reporter their own unit's reporting status, nobody else that screen", () => {
    expect(can.viewOwnReportingStatus(reporter)).toBe(true)
    expect(can.viewOwnReportingStatus({ ...reporter, orgUnit: null })).toBe(false)
    for (const p of [coordinator, viewer, admin]) expect(can.viewOwnReportingStatus(p)).toBe(false)
  })
  it('reads roles and org_unit from a Keycloak token', () => {
    const payload = {
      preferred_username: 'reporter.ninh-kieu',
      realm_access: { roles: ['reporter', 'offline_access'] },
      org_unit: ['ninh-kieu'],
    }
    const b64 = btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    const p = principalFromClaims(decodeJwtPayload(`x.${b64}.y`))
    expect(p).toEqual({ username: 'reporter.ninh-kieu', roles: ['reporter', 'offline_access'], orgUnit: 'ninh-kieu' })
  })
  it('lets coordinator, admin and viewers read reports; only the coordinator edit the draft', () => {
    for (const p of [coordinator, admin, viewer]) expect(can.viewReports(p)).toBe(true)
    expect(can.viewReports(reporter)).toBe(false)
    expect(can.editReportDraft(coordinator)).toBe(true)
    for (const p of [admin, viewer, reporter]) expect(can.editReportDraft(p)).toBe(false)
  })
  it('shows the audit log to the coordinator and admin only', () => {
    for (const p of [coordinator, admin]) expect(can.viewAuditLog(p)).toBe(true)
    for (const p of [viewer, reporter, null]) expect(can.viewAuditLog(p)).toBe(false)
  })
  it('lets the admin set windows and contacts and the coordinator grant exceptions', () => {
    expect([admin, coordinator, viewer, reporter].map((p) => can.viewPeriods(p))).toEqual([true, true, false, false])
    expect([admin, coordinator, viewer, reporter].map((p) => can.editEntryWindow(p))).toEqual([
      true,
      false,
      false,
      false,
    ])
    expect([admin, coordinator, viewer, reporter].map((p) => can.grantException(p))).toEqual([
      false,
      true,
      false,
      false,
    ])
    expect([admin, coordinator, viewer, reporter].map((p) => can.manageContacts(p))).toEqual([
      true,
      false,
      false,
      false,
    ])
    expect(can.viewPeriods(null)).toBe(false)
  })
})
