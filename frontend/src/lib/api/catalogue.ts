/** Read-only plan data every feature needs (periods, org units, indicators), cached per session. */
import { api, unwrap, type Schemas } from './client'

export type Period = Schemas['Period']
export type OrgUnit = Schemas['OrgUnit']
export type Indicator = Schemas['Indicator']

const cache = new Map<string, Promise<unknown>>()
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key))
    cache.set(
      key,
      load().catch((e) => {
        cache.delete(key)
        throw e
      }),
    )
  return cache.get(key) as Promise<T>
}

export const listPeriods = () => cached('periods', () => unwrap<Period[]>(api().GET('/api/v1/periods', {})))
export const listOrgUnits = () => cached('orgUnits', () => unwrap<OrgUnit[]>(api().GET('/api/v1/org-units', {})))
export const listIndicators = (q: { year?: number; reporter?: string } = {}) =>
  cached('indicators:' + JSON.stringify(q), () =>
    unwrap<Indicator[]>(api().GET('/api/v1/indicators', { params: { query: q } })),
  )

export async function orgUnitNames(): Promise<Map<string, OrgUnit>> {
  return new Map((await listOrgUnits()).map((o) => [o.code, o]))
}
