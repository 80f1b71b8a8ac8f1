import { api, unwrap, type Schemas } from '@/lib/api/client'

export type ReportReadiness = Schemas['ReportReadiness']

export function getReportReadiness(period: string) {
  return unwrap<ReportReadiness>(api().GET('/api/v1/reports/{period}', { params: { path: { period } } }))
}
