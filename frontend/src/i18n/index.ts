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

export function problemMessage(code: string): string {
  const t = i18n.global.t
  const key = `problem.${code}`
  return i18n.global.te(key, 'vi') || i18n.global.te(key) ? t(key) : t('problem.unknown', { code })
}
