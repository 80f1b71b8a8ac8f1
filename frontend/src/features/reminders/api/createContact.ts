import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Adds a contact to an org unit (admin; POST /api/v1/contacts). */
export function createContact(body: Schemas['CreateContactRequest']): Promise<Schemas['Contact']> {
  return unwrap<Schemas['Contact']>(api().POST('/api/v1/contacts', { body }))
}
