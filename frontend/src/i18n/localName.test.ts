import { afterEach, describe, expect, it } from 'vitest'
import { i18n, localName } from '.'

/** Org-unit and indicator names follow the interface language, as rows of the status screen carry both. */
describe('localName', () => {
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
})
