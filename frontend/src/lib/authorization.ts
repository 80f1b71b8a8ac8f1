/**
 * Who may do what, mirrored from the API's realm roles (api/.../common/security/Roles.java) and
 * its @RolesAllowed rules. The UI hides every action a principal may not take; the API still
 * decides. Keep this file the one place such rules live.
 */
import type { Schemas } from './api/client'

export const Roles = {
  ADMIN: 'admin',
  COORDINATOR: 'coordinator',
  REPORTER: 'reporter',
  VIEWER: 'viewer',
} as const
export type Role = (typeof Roles)[keyof typeof Roles]

type SubmissionStatus = Schemas['SubmissionStatus']

export interface Principal {
  username: string
  roles: readonly string[]
  /** The token's org_unit claim: binds a reporter to one org unit. */
  orgUnit?: string | null
}

const has = (p: Principal | null | undefined, role: Role) => !!p && p.roles.includes(role)
const anyRole = (p: Principal | null | undefined) => !!p && Object.values(Roles).some((r) => p.roles.includes(r))

/** A reporter acting for their own org unit. */
const ownUnit = (p: Principal | null | undefined, orgUnit: string) =>
  has(p, Roles.REPORTER) && !!p?.orgUnit && p.orgUnit === orgUnit

export const can = {
  /** Dashboard, indicators, attainment: every role. */
  viewDashboard: (p: Principal | null | undefined) => anyRole(p),
  /**
   * Provisional figures (basis=submitted, not yet reviewed) of an org unit: those who read
   * everything, and a reporter for their own unit (the API's ReadPolicy; other units are 403).
   */
  viewProvisional: (p: Principal | null | undefined, orgUnit: string) =>
    has(p, Roles.ADMIN) || has(p, Roles.COORDINATOR) || has(p, Roles.VIEWER) || ownUnit(p, orgUnit),
  /** The data-entry screen: reporters bound to an org unit. */
  enterFigures: (p: Principal | null | undefined) => has(p, Roles.REPORTER) && !!p?.orgUnit,
  /** Create a submission for an org unit. */
  createSubmission: (p: Principal | null | undefined, orgUnit: string) => ownUnit(p, orgUnit),
  /** Change values: own org unit, while DRAFT or RETURNED. */
  editSubmission: (p: Principal | null | undefined, s: { orgUnit: string; status: SubmissionStatus }) =>
    ownUnit(p, s.orgUnit) && (s.status === 'DRAFT' || s.status === 'RETURNED'),
  /** Submit: own org unit, from DRAFT or RETURNED. */
  submitSubmission: (p: Principal | null | undefined, s: { orgUnit: string; status: SubmissionStatus }) =>
    ownUnit(p, s.orgUnit) && (s.status === 'DRAFT' || s.status === 'RETURNED'),
  /** The review queue and submission view with review actions. */
  review: (p: Principal | null | undefined) => has(p, Roles.COORDINATOR),
  approve: (p: Principal | null | undefined, s: { status: SubmissionStatus }) =>
    has(p, Roles.COORDINATOR) && s.status === 'SUBMITTED',
  returnForRevision: (p: Principal | null | undefined, s: { status: SubmissionStatus }) =>
    has(p, Roles.COORDINATOR) && s.status === 'SUBMITTED',
  reopen: (p: Principal | null | undefined, s: { status: SubmissionStatus }) =>
    has(p, Roles.COORDINATOR) && s.status === 'APPROVED',
  /** Their own unit's reporting status (GET /reporting-status keeps a reporter to it): bound reporters. */
  viewOwnReportingStatus: (p: Principal | null | undefined) => has(p, Roles.REPORTER) && !!p?.orgUnit,
  /** Every unit's reporting status: those who read everything. */
  viewReportingStatus: (p: Principal | null | undefined) =>
    has(p, Roles.ADMIN) || has(p, Roles.COORDINATOR) || has(p, Roles.VIEWER),
  /** The consolidated report of a period: readiness, Excel, Word, open-data CSV. */
  viewReports: (p: Principal | null | undefined) =>
    has(p, Roles.ADMIN) || has(p, Roles.COORDINATOR) || has(p, Roles.VIEWER),
  /** Edit the Word report's draft (number, date, narratives, recipients, signer). */
  editReportDraft: (p: Principal | null | undefined) => has(p, Roles.COORDINATOR),
  /** The audit log of every submission's history and target change. */
  viewAuditLog: (p: Principal | null | undefined) => has(p, Roles.ADMIN) || has(p, Roles.COORDINATOR),
  /** Targets. */
  editTargets: (p: Principal | null | undefined) => has(p, Roles.ADMIN),
  /** The periods screen: the admin sets windows, the coordinator grants exceptions. */
  viewPeriods: (p: Principal | null | undefined) => has(p, Roles.ADMIN) || has(p, Roles.COORDINATOR),
  /** Set a period's entry window, open or close it by hand (PUT /periods/{code}/window, /open, /close). */
  editEntryWindow: (p: Principal | null | undefined) => has(p, Roles.ADMIN),
  /** Let one org unit write after the period closed, or withdraw that (PUT/DELETE /periods/{code}/exceptions/{orgUnit}). */
  grantException: (p: Principal | null | undefined) => has(p, Roles.COORDINATOR),
  /** Add and remove the org-unit contacts reminders go to (POST/DELETE /contacts). */
  manageContacts: (p: Principal | null | undefined) => has(p, Roles.ADMIN),
}

/** Reads realm roles and org_unit from an access token's payload (already verified by the API). */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const realm = claims.realm_access as { roles?: unknown } | undefined
  const roles = Array.isArray(realm?.roles) ? realm!.roles.filter((r) => typeof r === 'string') : []
  let orgUnit = claims.org_unit as unknown
  if (Array.isArray(orgUnit)) orgUnit = orgUnit[0]
  return {
    username: String(claims.preferred_username ?? claims.sub ?? ''),
    roles: roles as string[],
    orgUnit: typeof orgUnit === 'string' ? orgUnit : null,
  }
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? ''
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/')
  const json = decodeURIComponent(
    Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)))
      .map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))
      .join(''),
  )
  return JSON.parse(json)
}
