import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Opens or closes a period by hand (admin; POST /api/v1/periods/{code}/open or /close). */
export function setPeriodOpen(code: string, open: boolean): Promise<Schemas['Period']> {
  const params = { params: { path: { code } } }
  return unwrap<Schemas['Period']>(
    open ? api().POST('/api/v1/periods/{code}/open', params) : api().POST('/api/v1/periods/{code}/close', params),
  )
}
