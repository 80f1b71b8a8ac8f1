import { describe, expect, it } from 'vitest'
import { contactError } from './contactRules'

describe('contact rules', () => {
  it('checks a contact', () => {
    expect(contactError('reporter.co-do@demo.gep.local', 'Hoa')).toBeNull()
    expect(contactError('not-an-address', 'Hoa')).toBe('EMAIL')
    expect(contactError('a@b.vn', '')).toBe('REQUIRED')
  })
})
