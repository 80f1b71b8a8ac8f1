import { api, unwrap, type Schemas } from '@/lib/api/client'

export function getIndicator(code: string, year?: number) {
  return unwrap<Schemas['Indicator']>(
    api().GET('/api/v1/indicators/{code}', { params: { path: { code }, query: { year } } }),
  )
}
