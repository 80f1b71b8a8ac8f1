/** The audit log's filters as the screen holds them, and as the API's query. */
export interface AuditFilters {
  actor: string
  orgUnit: string
  period: string
  indicator: string
  action: string
  /** [from, to] as YYYY-MM-DD, or empty */
  dates: [string, string] | null
  text: string
}

export type AuditQuery = Partial<
  Record<'actor' | 'orgUnit' | 'period' | 'indicator' | 'action' | 'from' | 'to' | 'q', string>
> & {
  page?: string
  size?: string
}

export const emptyFilters = (): AuditFilters => ({
  actor: '',
  orgUnit: '',
  period: '',
  indicator: '',
  action: '',
  dates: null,
  text: '',
})

/** Only the filters that are set, trimmed; page is zero-based. */
export function toQuery(f: AuditFilters, page: number, size: number): AuditQuery {
  const q: AuditQuery = {}
  const set = (k: keyof AuditQuery, v: string | undefined) => {
    const t = v?.trim()
    if (t) q[k] = t
  }
  set('actor', f.actor)
  set('orgUnit', f.orgUnit)
  set('period', f.period)
  set('indicator', f.indicator)
  set('action', f.action)
  set('from', f.dates?.[0])
  set('to', f.dates?.[1])
  set('q', f.text)
  q.page = String(Math.max(0, page))
  q.size = String(size)
  return q
}

/** A figure of the history in words: "12/30", "có", or the empty mark. */
export function figureText(
  f: { numerator?: number | null; denominator?: number | null; flag?: boolean | null } | null | undefined,
  words: { yes: string; no: string; none: string },
  number: (n: number) => string,
): string {
  if (!f) return words.none
  if (f.flag !== null && f.flag !== undefined) return f.flag ? words.yes : words.no
  if (f.numerator === null || f.numerator === undefined) return words.none
  return `${number(f.numerator)}/${number(f.denominator ?? 0)}`
}

/** A field a report draft's save changed: its name, and for a narrative its objective's code. */
export interface DraftField {
  name: 'number' | 'issuedOn' | 'subject' | 'signerName' | 'signerTitle' | 'recipients' | 'narrative'
  code?: string
}

/** The fields a report draft's save changed, from the entry's `after` ("narratives.3" is objective 3's text). */
export function draftFields(after: Record<string, unknown> | null | undefined): DraftField[] {
  const known = ['number', 'issuedOn', 'subject', 'signerName', 'signerTitle', 'recipients'] as const
  const fields: DraftField[] = []
  for (const key of Object.keys(after ?? {})) {
    if (key.startsWith('narratives.')) fields.push({ name: 'narrative', code: key.slice('narratives.'.length) })
    else if ((known as readonly string[]).includes(key)) fields.push({ name: key as DraftField['name'] })
  }
  return fields
}
