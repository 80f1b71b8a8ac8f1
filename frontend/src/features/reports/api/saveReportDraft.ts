import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client'
import type { ReportDraft } from './getReportDraft'

/** Saves the whole draft over the version it was edited from (409 REPORT_DRAFT_CONFLICT if stale). */
export function saveReportDraft(period: string, version: number, body: Schemas['UpdateReportDraftRequest']) {
  return unwrap<ReportDraft>(
    api().PUT('/api/v1/reports/{period}/draft', {
      params: { path: { period }, header: ifMatch(version) },
      body,
    }),
  )
}
