import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { interfaceLocale, localName, localUnit } from './locale'
import { formatDate, formatDateTime, formatNumber } from './format'

/** Names, units, numbers and dates follow the interface language. */
describe('the interface language', () => {
  const coDo = { nameVi: 'Huyện Cờ Đỏ', nameEn: 'Co Do District' }
  afterEach(() => {
    i18n.global.locale.value = 'vi'
  })

  it('gives the Vietnamese name in Vietnamese', () => {
    i18n.global.locale.value = 'vi'
    expect(localName(coDo)).toBe('Huyện Cờ Đỏ')
  })
  it('gives the English name in English', () => {
    i18n.global.locale.value = 'en'
    expect(localName(coDo)).toBe('Co Do District')
  })
  it('falls back to the Vietnamese name when there is no English one', () => {
    i18n.global.locale.value = 'en'
    expect(localName({ nameVi: 'Ban thử nghiệm' })).toBe('Ban thử nghiệm')
    expect(localName({ nameVi: 'Ban thử nghiệm', nameEn: null as unknown as undefined })).toBe('Ban thử nghiệm')
  })
  it('gives nothing for nothing', () => {
    expect(localName(undefined)).toBeUndefined()
    expect(localName(null)).toBeUndefined()
  })
  it("gives an indicator's unit in the interface language", () => {
    const unit = { unit: 'boys per 100 girls', unitVi: 'bé trai/100 bé gái' }
    i18n.global.locale.value = 'vi'
    expect(localUnit(unit)).toBe('bé trai/100 bé gái')
    i18n.global.locale.value = 'en'
    expect(localUnit(unit)).toBe('boys per 100 girls')
    expect(localUnit(undefined)).toBe('')
  })
  it('formats numbers and dates in the interface language', () => {
    i18n.global.locale.value = 'vi'
    expect(interfaceLocale()).toBe('vi-VN')
    expect(formatNumber(1234.5)).toBe('1.234,5')
    i18n.global.locale.value = 'en'
    expect(interfaceLocale()).toBe('en-GB')
    expect(formatNumber(1234.5)).toBe('1,234.5')
    expect(formatDate('2024-06-10')).toBe('10/06/2024')
    expect(formatDateTime('2024-06-09T20:30:00Z')).toBe('10/06/2024 03:30')
  })
})
