/**
 * The file name of a Content-Disposition header: the UTF-8 `filename*` (RFC 5987) when present,
 * else the plain `filename`, else the fallback.
 */
export function fileNameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended && /^utf-8$/i.test(extended[1].trim())) {
    try {
      return decodeURIComponent(extended[2].trim())
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  const name = plain ? (plain[2] ?? plain[1]).trim() : ''
  return name || fallback
}
