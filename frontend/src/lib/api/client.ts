/** The typed API client, generated from ../openapi/openapi.yaml (schema.d.ts) at every build. */
import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'
import { accessToken } from '../auth'
import { config } from '../config'

export type Schemas = components['schemas']
/** The query parameters of a GET operation, as the document declares them. */
export type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never
export type Problem = Schemas['Problem'] & {
  missing?: Schemas['MissingValue'][]
  currentVersion?: number
  existingId?: string
}

/** An RFC 9457 problem answered by the API (or a network failure, code NETWORK). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
  }
  get code(): string {
    return this.problem.code ?? `HTTP_${this.status}`
  }
}

const auth: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

let client: ReturnType<typeof createClient<paths>> | null = null

export function api() {
  if (!client) {
    client = createClient<paths>({ baseUrl: config().apiUrl || window.location.origin })
    client.use(auth)
  }
  return client
}

/**
 * The If-Match header naming the version the user saw (the submission's ETag): every workflow move
 * and every replace sends it, so the API refuses to act on a version nobody here has seen.
 */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })

/** Returns the data of a call or throws its problem. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result
  try {
    result = await call
  } catch (e) {
    throw new ApiProblem(0, { code: 'NETWORK', detail: String(e) })
  }
  if (result.error !== undefined || !result.response.ok) {
    const body = (result.error ?? {}) as Problem
    throw new ApiProblem(result.response.status, typeof body === 'object' ? body : { detail: String(body) })
  }
  return result.data as T
}
