/** The API's contact rules, checked before sending (the API still decides). */

/** A contact needs a name and an address that looks like one. */
export function contactError(email: string, name: string): string | null {
  if (!email.trim() || !name.trim()) return 'REQUIRED'
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return 'EMAIL'
  return null
}
