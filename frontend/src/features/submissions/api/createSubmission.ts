import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Creates the DRAFT; the Idempotency-Key makes a retried click harmless. */
export function createSubmission(
  orgUnit: string,
  period: string,
  values: Schemas['ValueInput'][],
  idempotencyKey: string,
) {
  return unwrap<Schemas['Submission']>(
    api().POST('/api/v1/submissions', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { orgUnit, period, values },
    }),
  )
}
