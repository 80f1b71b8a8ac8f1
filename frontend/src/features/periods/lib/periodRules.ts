/** The API's entry-window and exception rules, checked before sending (the API still decides). */

/** ISO dates compare as strings. A window may not close before it opens (ENTRY_WINDOW_INVALID). */
export function windowError(opensOn: string | null, closesOn: string | null, periodStart: string): string | null {
  const from = opensOn || periodStart
  if (closesOn && closesOn < from) return 'ENTRY_WINDOW_INVALID'
  return null
}

/** An exception needs a reason and a last day from today on (EXCEPTION_INVALID). */
export function exceptionError(until: string | null, reason: string, today: string): string | null {
  if (!until || !reason.trim()) return 'REQUIRED'
  if (until < today) return 'EXCEPTION_INVALID'
  return null
}

/** Today in Can Tho as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}
