import type { Schemas } from '@/lib/api/client'

type Draft = Schemas['ReportDraft']
type Update = Schemas['UpdateReportDraftRequest']

/** The draft as the form edits it: recipients as one text, one per line. */
export interface DraftForm {
  number: string
  issuedOn: string
  subject: string
  signerName: string
  signerTitle: string
  recipients: string
  narratives: Record<string, string>
}

export function toForm(d: Draft): DraftForm {
  return {
    number: d.number ?? '',
    issuedOn: d.issuedOn ?? '',
    subject: d.subject ?? '',
    signerName: d.signerName ?? '',
    signerTitle: d.signerTitle ?? '',
    recipients: (d.recipients ?? []).join('\n'),
    narratives: { ...(d.narratives ?? {}) },
  }
}

export type DraftField = 'number' | 'issuedOn' | 'subject' | 'signerName' | 'signerTitle'

/** Fields the API requires, left empty: the form shows them before sending. */
export function missingFields(f: DraftForm): DraftField[] {
  const required: DraftField[] = ['number', 'issuedOn', 'subject', 'signerTitle', 'signerName']
  return required.filter((k) => !f[k].trim())
}

/** The request body: trimmed, recipients one per non-empty line. */
export function toRequest(f: DraftForm): Update {
  return {
    number: f.number.trim(),
    issuedOn: f.issuedOn,
    subject: f.subject.trim(),
    signerName: f.signerName.trim(),
    signerTitle: f.signerTitle.trim(),
    recipients: f.recipients
      .split(/\r?\n/)
      .map((r) => r.trim().replace(/^-\s*/, '').replace(/[;.]$/, ''))
      .filter((r) => r.length > 0),
    narratives: Object.fromEntries(Object.entries(f.narratives).map(([k, v]) => [k, v.trim()])),
  }
}
