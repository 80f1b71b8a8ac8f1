import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Sets a period's entry window (admin; PUT /api/v1/periods/{code}/window). */
export function updateEntryWindow(code: string, body: Schemas['UpdateEntryWindowRequest']): Promise<Schemas['Period']> {
  return unwrap<Schemas['Period']>(api().PUT('/api/v1/periods/{code}/window', { params: { path: { code } }, body }))
}
