import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Admin only; the API records who changed it, before and after. */
export const updateTarget = (year: number, indicator: string, body: Schemas['UpdateTargetRequest']) =>
  unwrap<Schemas['Target']>(
    api().PUT('/api/v1/plans/{year}/targets/{indicator}', { params: { path: { year, indicator } }, body }),
  )
