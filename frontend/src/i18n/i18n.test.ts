import { describe, expect, it } from 'vitest'
import vi from './vi'
import en from './en'

/** Every leaf key of a message tree, as dotted paths. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}
/** The {placeholders} of every message, by key. */
function placeholders(tree: object): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const walk = (t: object, prefix: string) =>
    Object.entries(t).forEach(([k, v]) => {
      if (typeof v === 'object' && v !== null) walk(v, `${prefix}${k}.`)
      else out[`${prefix}${k}`] = [...String(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    })
  walk(tree, '')
  return out
}

describe('translations', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort())
  })
  it('no message is empty', () => {
    const empty = (tree: object) => keys(tree).filter((k) => k.split('.').reduce((o: any, p) => o[p], tree) === '')
    expect(empty(vi)).toEqual([])
    expect(empty(en)).toEqual([])
  })
  it('each English message takes the same placeholders as the Vietnamese one', () => {
    expect(placeholders(en)).toEqual(placeholders(vi))
  })
})
