import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Org unit contacts (GET /api/v1/contacts). */
export function listContacts(orgUnit?: string): Promise<Schemas['Contact'][]> {
  return unwrap<Schemas['Contact'][]>(api().GET('/api/v1/contacts', { params: { query: { orgUnit } } }))
}
