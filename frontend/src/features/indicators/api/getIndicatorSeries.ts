import { api, unwrap, type Schemas } from '@/lib/api/client'

export type AttainmentSeries = Schemas['AttainmentSeries']
export type SeriesPoint = Schemas['SeriesPoint']
export type MilestoneComparison = Schemas['MilestoneComparison']

/** GET /api/v1/attainment/series: the indicator across periods and plan years, with national milestones. */
export function getIndicatorSeries(q: {
  indicator: string
  orgUnit?: string
  basis?: 'approved' | 'submitted'
  periodType?: 'YEARLY' | 'SIX_MONTHLY' | 'QUARTERLY'
}) {
  return unwrap<AttainmentSeries>(api().GET('/api/v1/attainment/series', { params: { query: q } }))
}
