import { api, unwrap, type Schemas } from '@/lib/api/client'

export type Plan = Schemas['Plan']
export const listPlans = () => unwrap<Plan[]>(api().GET('/api/v1/plans', {}))
