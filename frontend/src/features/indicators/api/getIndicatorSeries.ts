import { api, unwrap, type Query, type Schemas } from '@/lib/api/client'

export type AttainmentSeries = Schemas['AttainmentSeries']
export type SeriesPoint = Schemas['SeriesPoint']
export type MilestoneComparison = Schemas['MilestoneComparison']

/** GET /api/v1/attainment/series: the indicator across periods and plan years, with national milestones. */
export function getIndicatorSeries(q: Query<'/api/v1/attainment/series'>) {
  return unwrap<AttainmentSeries>(api().GET('/api/v1/attainment/series', { params: { query: q } }))
}
