import { api, unwrap } from '@/lib/api/client'

/** Withdraws an org unit's exception (coordinator; DELETE /api/v1/periods/{code}/exceptions/{orgUnit}). */
export async function revokePeriodException(code: string, orgUnit: string): Promise<void> {
  await unwrap(api().DELETE('/api/v1/periods/{code}/exceptions/{orgUnit}', { params: { path: { code, orgUnit } } }))
}
