import { api, unwrap, type Schemas } from '@/lib/api/client'
import type { paths } from '@/lib/api/schema'
import type { AuditQuery } from '../lib/auditQuery'

export type AuditPage = Schemas['AuditPage']
export type AuditEntry = Schemas['AuditEntry']

export function searchAuditEvents(query: AuditQuery) {
  return unwrap<AuditPage>(
    api().GET('/api/v1/audit-events', {
      params: { query: query as NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']> },
    }),
  )
}
