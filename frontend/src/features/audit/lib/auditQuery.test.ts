import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import vi from '@/i18n/vi'
import { formatDate } from '@/lib/format'
import { configDetails, draftFields, emptyFilters, figureText, toQuery } from './auditQuery'

const { t } = createI18n({ legacy: false, locale: 'vi', messages: { vi } }).global

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
  it('says what a configuration change did, in Vietnamese', () => {
    const details = (e: Parameters<typeof configDetails>[0]) => configDetails(e, t, formatDate)
    expect(
      details({
        kind: 'PERIOD',
        action: 'ENTRY_WINDOW_CHANGED',
        before: { opensOn: null, closesOn: null },
        after: { opensOn: '2024-05-01', closesOn: '2024-06-20' },
      }),
    ).toEqual(['Thời gian nhận: đầu kỳ – đến khi đóng kỳ → 01/05/2024 – 20/06/2024'])
    expect(
      details({ kind: 'PERIOD', action: 'PERIOD_CLOSED', before: { open: true }, after: { open: false } }),
    ).toEqual([])
    const grant = { until: '2024-06-25', reason: 'Nghỉ ốm', grantedBy: 'coordinator' }
    expect(details({ kind: 'PERIOD_EXCEPTION', before: grant, after: { ...grant, until: '2024-06-30' } })).toEqual([
      'Trước đó: đến hết ngày 25/06/2024, “Nghỉ ốm” (coordinator cho phép)',
      'Đến hết ngày 30/06/2024, “Nghỉ ốm”',
    ])
    expect(details({ kind: 'PERIOD_EXCEPTION', before: grant, after: null })).toHaveLength(1)
    expect(
      details({
        kind: 'CONTACT',
        before: { name: 'Nguyễn Thị Hoa', email: 'hoa@x.vn', kind: 'REPORTER' },
        after: null,
      }),
    ).toEqual(['Nguyễn Thị Hoa (hoa@x.vn), Nhắc hạn báo cáo'])
    expect(
      details({
        kind: 'PLAN',
        after: { copiedFrom: 2024, targets: 22, reporters: 60, periodsCreated: ['2025S1', '2025'] },
      }),
    ).toEqual(['Sao chép từ năm 2024: 22 chỉ tiêu, 60 phân công báo cáo; kỳ mới: 2025S1, 2025'])
    expect(details({ kind: 'REMINDERS', after: { sent: 2, failed: 0, withoutRecipients: 3 } })).toEqual([
      'Đã gửi 2 thư, lỗi 0, 3 chưa có người nhận',
    ])
  })
})
