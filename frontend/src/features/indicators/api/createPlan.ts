import { api, unwrap, type Schemas } from '@/lib/api/client'

/** POST /api/v1/plans (admin): a new plan year copied from an existing one, with its standard periods. */
export const createPlan = (body: Schemas['CreatePlanRequest']) =>
  unwrap<Schemas['CreatedPlan']>(api().POST('/api/v1/plans', { body }))
