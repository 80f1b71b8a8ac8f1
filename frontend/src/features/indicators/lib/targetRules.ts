/** The API's target rules (api/.../indicator/TargetRules.java), checked before saving. */
import { parseNumber, type Comparator } from '@/lib/format'
import type { Schemas } from '@/lib/api/client'

export interface TargetForm {
  comparator: Comparator
  target: string
  baseline: string
}
export type TargetErrors = Partial<Record<keyof TargetForm, string>>

export function validateTarget(valueType: Schemas['ValueType'], unit: string, f: TargetForm): TargetErrors {
  const e: TargetErrors = {}
  const target = parseNumber(f.target)
  const baseline = parseNumber(f.baseline)
  if (valueType === 'FLAG') {
    if (f.comparator !== 'TRUE') e.comparator = 'COMPARATOR_MISMATCH'
    if (target !== null) e.target = 'TARGET_NOT_ALLOWED'
    if (baseline !== null) e.baseline = 'BASELINE_NOT_ALLOWED'
    return e
  }
  if (f.comparator === 'TRUE') e.comparator = 'COMPARATOR_MISMATCH'
  if (target === null) e.target = 'REQUIRED'
  else if (Number.isNaN(target)) e.target = 'NOT_A_NUMBER'
  else if (target < 0) e.target = 'NEGATIVE'
  else if (unit === '%' && target > 100) e.target = 'PERCENT_OVER_100'
  if (baseline !== null) {
    if (Number.isNaN(baseline)) e.baseline = 'NOT_A_NUMBER'
    else if (baseline < 0) e.baseline = 'NEGATIVE'
    else if (unit === '%' && baseline > 100) e.baseline = 'PERCENT_OVER_100'
  }
  return e
}
