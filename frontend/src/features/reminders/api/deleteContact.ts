import { api, unwrap } from '@/lib/api/client'

/** Removes a contact (admin; DELETE /api/v1/contacts/{id}). */
export async function deleteContact(id: number): Promise<void> {
  await unwrap(api().DELETE('/api/v1/contacts/{id}', { params: { path: { id } } }))
}
