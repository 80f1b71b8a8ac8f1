import { api, unwrap, type Schemas } from '@/lib/api/client'

/** The org units allowed to write after a period closed (GET /api/v1/periods/{code}/exceptions). */
export function listPeriodExceptions(code: string): Promise<Schemas['PeriodException'][]> {
  return unwrap<Schemas['PeriodException'][]>(
    api().GET('/api/v1/periods/{code}/exceptions', { params: { path: { code } } }),
  )
}
