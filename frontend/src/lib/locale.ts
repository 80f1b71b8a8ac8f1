/**
 * The interface language applied to API data, in one place: which name and unit of a plan item to
 * show, and the Intl locale numbers and dates are formatted in (lib/format uses it by default).
 */
import { i18n } from '@/i18n'

const english = () => i18n.global.locale.value === 'en'

/** Intl locale for numbers and dates: vi-VN in Vietnamese, en-GB in English. */
export function interfaceLocale(): string {
  return english() ? 'en-GB' : 'vi-VN'
}

/** The name of a plan item (org unit, indicator, objective) in the interface language; Vietnamese when there is no English one. */
export function localName(item: { nameVi: string; nameEn?: string | null }): string
export function localName(
  item: { nameVi?: string | null; nameEn?: string | null } | null | undefined,
): string | undefined
export function localName(
  item: { nameVi?: string | null; nameEn?: string | null } | null | undefined,
): string | undefined {
  if (!item) return undefined
  return (english() ? (item.nameEn ?? item.nameVi) : item.nameVi) ?? undefined
}

/** An indicator's unit in the interface language (`unit` is the English one, `unitVi` the Vietnamese); '' without one. */
export function localUnit(item: { unit?: string | null; unitVi?: string | null } | null | undefined): string {
  return (english() ? item?.unit : item?.unitVi) ?? ''
}
