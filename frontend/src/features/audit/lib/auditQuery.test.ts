import { describe, expect, it } from 'vitest'
import { draftFields, emptyFilters, figureText, toQuery } from './auditQuery'

describe('audit query', () => {
  it('sends only the filters that are set, trimmed, with the page', () => {
    expect(toQuery(emptyFilters(), 0, 50)).toEqual({ page: '0', size: '50' })
    const f = {
      ...emptyFilters(),
      actor: ' coordinator ',
      orgUnit: 'ninh-kieu',
      action: 'RETURNED',
      dates: ['2024-06-01', '2024-06-30'] as [string, string],
      text: '  sai  ',
    }
    expect(toQuery(f, 2, 20)).toEqual({
      actor: 'coordinator',
      orgUnit: 'ninh-kieu',
      action: 'RETURNED',
      from: '2024-06-01',
      to: '2024-06-30',
      q: 'sai',
      page: '2',
      size: '20',
    })
    expect(toQuery(f, -1, 20).page).toBe('0')
  })
  it('writes figures of the history in words', () => {
    const words = { yes: 'có', no: 'không', none: '—' }
    const n = (x: number) => x.toLocaleString('vi-VN')
    expect(figureText({ numerator: 1200, denominator: 3000 }, words, n)).toBe('1.200/3.000')
    expect(figureText({ flag: true }, words, n)).toBe('có')
    expect(figureText({ flag: false }, words, n)).toBe('không')
    expect(figureText(null, words, n)).toBe('—')
  })
  it('names the fields a report draft save changed, narratives by objective', () => {
    expect(draftFields({ signerName: 'Trần Thị B', 'narratives.3': 'Mục tiêu ba.', 'narratives.1': null })).toEqual([
      { name: 'signerName' },
      { name: 'narrative', code: '3' },
      { name: 'narrative', code: '1' },
    ])
    expect(draftFields({ unknown: 1, recipients: [] })).toEqual([{ name: 'recipients' }])
    expect(draftFields(null)).toEqual([])
  })
})
