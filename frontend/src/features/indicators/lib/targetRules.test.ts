import { describe, expect, it } from 'vitest'
import { validateTarget } from './targetRules'

describe('target rules (mirror of TargetRules.java)', () => {
  it('accepts a numeric target and baseline', () => {
    expect(validateTarget('RATIO', '%', { comparator: 'GE', target: '60', baseline: '50,5' })).toEqual({})
    expect(validateTarget('RATIO', 'lần', { comparator: 'LE', target: '140', baseline: '' })).toEqual({})
  })
  it('needs a target, at most 100 for a percentage', () => {
    expect(validateTarget('RATIO', '%', { comparator: 'GE', target: '', baseline: '' })).toEqual({ target: 'REQUIRED' })
    expect(validateTarget('RATIO', '%', { comparator: 'GE', target: '101', baseline: '120' })).toEqual({
      target: 'PERCENT_OVER_100',
      baseline: 'PERCENT_OVER_100',
    })
  })
  it('keeps TRUE for yes/no indicators only', () => {
    expect(validateTarget('RATIO', '%', { comparator: 'TRUE', target: '60', baseline: '' })).toEqual({
      comparator: 'COMPARATOR_MISMATCH',
    })
    expect(validateTarget('FLAG', 'yes/no', { comparator: 'TRUE', target: '', baseline: '' })).toEqual({})
    expect(validateTarget('FLAG', 'yes/no', { comparator: 'GE', target: '1', baseline: '' })).toEqual({
      comparator: 'COMPARATOR_MISMATCH',
      target: 'TARGET_NOT_ALLOWED',
    })
  })
})
