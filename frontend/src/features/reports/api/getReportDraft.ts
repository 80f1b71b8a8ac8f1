import { api, unwrap, type Schemas } from '@/lib/api/client'

export type ReportDraft = Schemas['ReportDraft']

export function getReportDraft(period: string) {
  return unwrap<ReportDraft>(api().GET('/api/v1/reports/{period}/draft', { params: { path: { period } } }))
}
