import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Lets one org unit write after the period closed (coordinator; PUT /api/v1/periods/{code}/exceptions/{orgUnit}). */
export function grantPeriodException(
  code: string,
  orgUnit: string,
  body: Schemas['GrantExceptionRequest'],
): Promise<Schemas['PeriodException']> {
  return unwrap<Schemas['PeriodException']>(
    api().PUT('/api/v1/periods/{code}/exceptions/{orgUnit}', { params: { path: { code, orgUnit } }, body }),
  )
}
