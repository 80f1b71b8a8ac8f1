/** The audit log's filters as the screen holds them, and as the API's query. */
import type { Schemas } from '@/lib/api/client'

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

/** A configuration change as the audit log shows it: its kind and the entity before and after. */
export type ConfigEntry = Partial<Pick<Schemas['AuditEntry'], 'kind' | 'action'>> & {
  /** Free-form JSON whose fields depend on the kind (the document's AuditEntry.before and after). */
  before?: Record<string, any> | null
  after?: Record<string, any> | null
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The kinds of entry that are changes to configuration (table config_change). */
export const CONFIG_KINDS = ['PERIOD', 'PERIOD_EXCEPTION', 'CONTACT', 'PLAN', 'REMINDERS']

/**
 * What a configuration change did, in words: an entry window before and after, an exception's
 * earlier and new grant, the contact added or removed, what starting a plan year copied, what a
 * reminder run sent. A period opened or closed needs no more than its action.
 */
export function configDetails(e: ConfigEntry, t: Translate, date: (iso: string) => string): string[] {
  const { before, after } = e
  if (e.action === 'ENTRY_WINDOW_CHANGED') {
    const window = (w: Record<string, any> | null | undefined) =>
      t('audit.windowRange', {
        from: w?.opensOn ? date(w.opensOn) : t('audit.windowStart'),
        to: w?.closesOn ? date(w.closesOn) : t('periods.untilClosed'),
      })
    return [t('audit.windowChange', { before: window(before), after: window(after) })]
  }
  if (e.kind === 'PERIOD_EXCEPTION') {
    const lines: string[] = []
    if (before)
      lines.push(t('audit.exceptionWas', { until: date(before.until), reason: before.reason, by: before.grantedBy }))
    if (after) lines.push(t('audit.exceptionNow', { until: date(after.until), reason: after.reason }))
    return lines
  }
  const c = after ?? before
  if (e.kind === 'CONTACT' && c) {
    return [t('audit.contact', { name: c.name, email: c.email, kind: t('contacts.kinds.' + c.kind) })]
  }
  if (e.kind === 'PLAN' && after) {
    return [
      t('audit.planStarted', {
        from: after.copiedFrom,
        targets: after.targets,
        reporters: after.reporters,
        periods: (after.periodsCreated ?? []).join(', ') || t('audit.none'),
      }),
    ]
  }
  if (e.kind === 'REMINDERS' && after) {
    return [t('audit.remindersRun', { sent: after.sent, failed: after.failed, none: after.withoutRecipients })]
  }
  return []
}
