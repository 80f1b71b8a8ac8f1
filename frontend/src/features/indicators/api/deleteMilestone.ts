import { api, unwrap } from '@/lib/api/client'

/** DELETE /api/v1/milestones/{indicator}/{year} (admin). */
export const deleteMilestone = (indicator: string, year: number) =>
  unwrap<unknown>(api().DELETE('/api/v1/milestones/{indicator}/{year}', { params: { path: { indicator, year } } }))
