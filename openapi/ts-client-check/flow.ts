/**
 * A district system's short flow through a client generated from the committed
 * openapi/openapi.yaml (openapi-generator typescript-fetch), against a running API and Keycloak:
 * create a submission and submit it (reporter), approve it (coordinator), an import dry run, and
 * the attainment it makes. Every id goes back to the API exactly as the client received it, and
 * every move sends the version it acts on (If-Match). Prints PASS or FAIL per step; exits 1 on
 * the first failure.
 *
 * Environment: GEP_API (http://localhost:8080), GEP_KEYCLOAK (http://localhost:8180),
 * GEP_TS_UNIT (phong-dien: a reporting unit whose `reporter.<unit>` user exists in the test realm).
 */
import {
  AttainmentApi,
  Configuration,
  ImportsApi,
  PeriodsApi,
  ResponseError,
  ReviewApi,
  SubmissionsApi,
  type Submission,
} from './target/gep-client/index'

const API = process.env.GEP_API ?? 'http://localhost:8080'
const KEYCLOAK = process.env.GEP_KEYCLOAK ?? 'http://localhost:8180'
const UNIT = process.env.GEP_TS_UNIT ?? 'phong-dien'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Indicator 1.1 at 14 of 20: 70 %. */
const VALUE = { indicator: '1.1', numerator: 14, denominator: 20 }

class StepFailed extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

async function step<T>(name: string, run: () => Promise<[T, string?]>): Promise<T> {
  try {
    const [result, note] = await run()
    console.log(`PASS ${name}${note ? `: ${note}` : ''}`)
    return result
  } catch (e) {
    console.log(`FAIL ${name}: ${await describe(e)}`)
    throw new StepFailed(name)
  }
}

/** A refused call as its status and problem, anything else as its message. */
async function describe(e: unknown): Promise<string> {
  if (e instanceof ResponseError) {
    return `${e.response.status} ${await e.response.text()}`
  }
  return e instanceof Error ? e.message : String(e)
}

/** An access token from Keycloak's test client (password grant; TEST ONLY, not in production). */
async function token(user: string): Promise<string> {
  const res = await fetch(`${KEYCLOAK}/realms/gender-equality/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'gep-test', username: user, password: 'demo' }),
  })
  check(res.ok, `Keycloak answered ${res.status} for ${user}`)
  return ((await res.json()) as { access_token: string }).access_token
}

const version = (s: Submission) => `"${s.version}"`

async function main() {
  const [reporterToken, coordinatorToken] = await step('sign in as reporter and coordinator', async () => [
    [await token(`reporter.${UNIT}`), await token('coordinator')],
    `reporter.${UNIT}, coordinator`,
  ])
  const reporter = new Configuration({ basePath: API, accessToken: reporterToken })
  const coordinator = new Configuration({ basePath: API, accessToken: coordinatorToken })
  const submissions = new SubmissionsApi(reporter)

  // a period open for entry in which the unit has nothing yet, or only a draft or returned report
  const [period, existing] = await step('find an open period for the unit', async () => {
    const periods = await new PeriodsApi(reporter).listPeriods({ open: true })
    for (const p of periods.filter((p) => p.entryState === 'OPEN')) {
      const page = await submissions.listSubmissions({ orgUnit: UNIT, period: p.code })
      const s = page.items?.[0]
      if (!s || s.status === 'DRAFT' || s.status === 'RETURNED') {
        return [[p.code!, s] as const, `${p.code}${s ? `, its ${s.status} submission` : ''}`]
      }
    }
    throw new Error(`no open period without a submitted or approved report of ${UNIT}`)
  })

  let submission = await step(`create a submission for ${UNIT} ${period} (reporter)`, async () => {
    const s = existing
      ? await submissions.replaceSubmissionValues({
          id: existing.id!,
          ifMatch: `"${existing.version}"`,
          replaceValuesRequest: { values: [VALUE] },
        })
      : await submissions.createSubmission({
          createSubmissionRequest: { orgUnit: UNIT, period, values: [VALUE] },
          idempotencyKey: `ts-client-check/${UNIT}/${period}/${Date.now()}`,
        })
    check(UUID.test(s.id ?? ''), `id ${s.id} is not a UUID`)
    check(s.status === 'DRAFT' || s.status === 'RETURNED', `status ${s.status}`)
    return [s, `${existing ? 'values replaced in' : 'created'} ${s.id}, version ${s.version}`]
  })

  submission = await step('submit it (reporter, If-Match)', async () => {
    const s = await submissions.submitSubmission({
      id: submission.id!,
      ifMatch: version(submission),
      submitRequest: { allowMissing: true },
    })
    check(s.status === 'SUBMITTED', `status ${s.status}`)
    return [s, `version ${s.version}`]
  })

  submission = await step('approve it (coordinator, If-Match)', async () => {
    const s = await new ReviewApi(coordinator).approveSubmission({ id: submission.id!, ifMatch: version(submission) })
    check(s.status === 'APPROVED', `status ${s.status}`)
    check(s.reviewedBy === 'coordinator', `reviewed by ${s.reviewedBy}`)
    return [s, `by ${s.reviewedBy}, version ${s.version}`]
  })

  await step('import dry run (reporter): checked, nothing written', async () => {
    const summary = await new ImportsApi(reporter).importValues({
      dryRun: true,
      importRequest: { values: [{ orgUnit: UNIT, period, indicator: '1.1', numerator: 15, denominator: 20 }] },
    })
    check(summary.dryRun === true, 'dryRun is not true in the answer')
    // values go only into DRAFT or RETURNED submissions: the approved one refuses it
    const code = summary.rejections?.[0]?.code
    check(summary.counts?.rejected === 1 && code === 'SUBMISSION_NOT_EDITABLE', `rejection ${code}`)
    const after = await submissions.getSubmission({ id: submission.id! })
    check(after.version === submission.version, `version moved to ${after.version}`)
    return [summary, `${summary.status}, ${code}; version still ${after.version}`]
  })

  await step('read attainment (reporter, approved figures)', async () => {
    const rows = await new AttainmentApi(reporter).getAttainment({ period, orgUnit: UNIT, indicator: '1.1' })
    check(rows.length === 1, `${rows.length} rows`)
    check(rows[0].value === 70, `value ${rows[0].value}, not 70`)
    return [rows, `1.1 = ${rows[0].value} %, ${rows[0].status}`]
  })
}

main().then(
  () => console.log('TypeScript client flow: all steps passed'),
  (e) => {
    if (!(e instanceof StepFailed)) console.log(`FAIL ${e instanceof Error ? e.message : e}`)
    process.exitCode = 1
  },
)
