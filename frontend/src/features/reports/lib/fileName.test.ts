import { describe, expect, it } from 'vitest'
import { fileNameFromDisposition } from './fileName'
import { missingFields, toForm, toRequest } from './draftForm'

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name of RFC 5987', () => {
    const h = `attachment; filename="Bao-cao-tong-hop-2024.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%202024.xlsx`
    expect(fileNameFromDisposition(h, 'x')).toBe('Báo cáo tổng hợp 2024.xlsx')
  })
  it('falls back to the plain name, then to the given one', () => {
    expect(fileNameFromDisposition('attachment; filename="values-2024.csv"', 'x')).toBe('values-2024.csv')
    expect(fileNameFromDisposition('attachment; filename=plain.csv', 'x')).toBe('plain.csv')
    expect(fileNameFromDisposition(null, 'fallback.docx')).toBe('fallback.docx')
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", 'x')).toBe('x')
  })
})

describe('report draft form', () => {
  const draft = {
    period: '2024',
    number: ' 7/BC-SLĐTBXH ',
    issuedOn: '2024-12-20',
    subject: 'Báo cáo',
    signerName: '',
    signerTitle: 'GIÁM ĐỐC',
    recipients: ['UBND thành phố', 'Lưu: VT'],
    narratives: { '1': ' Văn bản ' },
    version: 0,
    updatedAt: null,
    updatedBy: null,
  }
  it('edits recipients as lines and sends them back cleaned', () => {
    const f = toForm(draft)
    expect(f.recipients).toBe('UBND thành phố\nLưu: VT')
    f.recipients = '- UBND thành phố;\n\n  Sở Nội vụ  \n- Lưu: VT.'
    const body = toRequest(f)
    expect(body.recipients).toEqual(['UBND thành phố', 'Sở Nội vụ', 'Lưu: VT'])
    expect(body.number).toBe('7/BC-SLĐTBXH')
    expect(body.narratives).toEqual({ '1': 'Văn bản' })
  })
  it('names the required fields left empty', () => {
    expect(missingFields(toForm(draft))).toEqual(['signerName'])
    expect(missingFields({ ...toForm(draft), subject: '  ', signerName: 'A' })).toEqual(['subject'])
  })
})
