import { api, unwrap, type Schemas } from '@/lib/api/client'
import type { ValueInput } from '../lib/validation'

/** Creates the DRAFT; the Idempotency-Key makes a retried click harmless. */
export function createSubmission(orgUnit: string, period: string, values: ValueInput[], idempotencyKey: string) {
  return unwrap<Schemas['Submission']>(
    api().POST('/api/v1/submissions', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { orgUnit, period, values: values as Schemas['ValueInput'][] },
    }),
  )
}
