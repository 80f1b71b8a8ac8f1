import { api, unwrap, type Schemas } from '@/lib/api/client'

export type Target = Schemas['Target']
export const listTargets = (year: number) =>
  unwrap<Target[]>(api().GET('/api/v1/plans/{year}/targets', { params: { path: { year } } }))
