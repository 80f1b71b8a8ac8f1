/** Rules of the "new plan year" form, mirroring POST /api/v1/plans. */

/** The years of the National Strategy on Gender Equality 2021-2030 (PlanYears.java). */
export const FIRST_YEAR = 2021
export const LAST_YEAR = 2030

/** The year after the latest plan, copied from the latest plan; null when no year is left. */
export function suggestNewPlan(existing: readonly number[]): { year: number; copyFrom: number } | null {
  if (!existing.length) return null
  const latest = Math.max(...existing)
  const year = latest + 1
  return year > LAST_YEAR ? null : { year, copyFrom: latest }
}

export type PlanYearError = 'REQUIRED' | 'OUT_OF_RANGE' | 'EXISTS'

/** What is wrong with the new year, if anything. */
export function validateNewYear(year: number | null | undefined, existing: readonly number[]): PlanYearError | null {
  if (year === null || year === undefined || Number.isNaN(year)) return 'REQUIRED'
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return 'OUT_OF_RANGE'
  if (existing.includes(year)) return 'EXISTS'
  return null
}

/** The plan's Vietnamese title is data, not interface text: it stays Vietnamese in either language. */
export function defaultTitleVi(year: number): string {
  return `Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới thành phố Cần Thơ năm ${year}`
}
