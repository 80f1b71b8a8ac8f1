import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Reporting rates per period, overall and per org unit type (GET /api/v1/reporting-rates). */
export function getReportingRates(periods: string[] = []): Promise<Schemas['PeriodRates'][]> {
  const query = { period: periods.length ? periods.join(',') : undefined }
  return unwrap<Schemas['PeriodRates'][]>(api().GET('/api/v1/reporting-rates', { params: { query: query as never } }))
}
