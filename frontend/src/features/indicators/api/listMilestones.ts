import { api, unwrap, type Schemas } from '@/lib/api/client'

export type Milestone = Schemas['Milestone']
export const listMilestones = () => unwrap<Milestone[]>(api().GET('/api/v1/milestones', {}))
