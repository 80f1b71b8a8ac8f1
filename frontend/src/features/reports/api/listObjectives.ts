import { api, unwrap, type Schemas } from '@/lib/api/client'

export type Objective = Schemas['Objective']

export function listObjectives() {
  return unwrap<Objective[]>(api().GET('/api/v1/objectives', {}))
}
