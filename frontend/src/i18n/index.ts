import { createI18n } from 'vue-i18n'
import vi from './vi'
import en from './en'

export const i18n = createI18n({
  legacy: false,
  locale: localStorage.getItem('gep.locale') ?? 'vi',
  fallbackLocale: 'vi',
  messages: { vi, en },
  missingWarn: false,
  fallbackWarn: false,
})

/** Intl locale for numbers and dates: always vi-VN in Vietnamese, en-GB in English. */
export function intlLocale(): string {
  return i18n.global.locale.value === 'en' ? 'en-GB' : 'vi-VN'
}

export function problemMessage(code: string): string {
  const t = i18n.global.t
  const key = `problem.${code}`
  return i18n.global.te(key, 'vi') || i18n.global.te(key) ? t(key) : t('problem.unknown', { code })
}

/** The name of a plan item (org unit, indicator) in the current language; Vietnamese when there is no English one. */
export function localName(item: { nameVi: string; nameEn?: string | null }): string
export function localName(
  item: { nameVi?: string | null; nameEn?: string | null } | null | undefined,
): string | undefined
export function localName(
  item: { nameVi?: string | null; nameEn?: string | null } | null | undefined,
): string | undefined {
  if (!item) return undefined
  return (i18n.global.locale.value === 'en' ? (item.nameEn ?? item.nameVi) : item.nameVi) ?? undefined
}
