import { api, unwrap, type Schemas } from '@/lib/api/client'

/** PUT /api/v1/milestones/{indicator}/{year} (admin): adds or changes a national milestone. */
export const putMilestone = (indicator: string, year: number, body: Schemas['MilestoneRequest']) =>
  unwrap<Schemas['Milestone']>(
    api().PUT('/api/v1/milestones/{indicator}/{year}', { params: { path: { indicator, year } }, body }),
  )
