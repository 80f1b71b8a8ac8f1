import { api, unwrap } from '@/lib/api/client'
import { fileNameFromDisposition } from '../lib/fileName'

/** The report's and the open data's files; each needs the bearer token, so it is fetched, not linked. */
export type ReportFile = 'workbook' | 'document' | 'attainmentCsv' | 'valuesCsv'

async function fetchFile(file: ReportFile, period: string) {
  const c = api()
  const opts = { parseAs: 'blob' as const }
  switch (file) {
    case 'workbook':
      return c.GET('/api/v1/reports/{period}/workbook', { params: { path: { period } }, ...opts })
    case 'document':
      return c.GET('/api/v1/reports/{period}/document', { params: { path: { period } }, ...opts })
    case 'attainmentCsv':
      return c.GET('/api/v1/open-data/attainment', { params: { query: { period } }, ...opts })
    case 'valuesCsv':
      return c.GET('/api/v1/open-data/values', { params: { query: { period } }, ...opts })
  }
}

const FALLBACK: Record<ReportFile, (period: string) => string> = {
  workbook: (p) => `Báo cáo tổng hợp ${p}.xlsx`,
  document: (p) => `Báo cáo ${p}.docx`,
  attainmentCsv: (p) => `attainment-${p}-can-tho.csv`,
  valuesCsv: (p) => `values-${p}-can-tho.csv`,
}

/** Downloads a file of the period and hands it to the browser under the name the API gives it. */
export async function downloadFile(file: ReportFile, period: string) {
  let disposition: string | null = null
  const blob = await unwrap<Blob>(
    fetchFile(file, period).then((r) => {
      disposition = r.response.headers.get('Content-Disposition')
      return r as { data?: Blob; error?: unknown; response: Response }
    }),
  )
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileNameFromDisposition(disposition, FALLBACK[file](period))
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
