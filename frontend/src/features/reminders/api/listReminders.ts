import { api, unwrap, type Schemas } from '@/lib/api/client'

/** The reminder log, latest first (admin; GET /api/v1/reminders). */
export function listReminders(limit = 50): Promise<Schemas['ReminderLogEntry'][]> {
  return unwrap<Schemas['ReminderLogEntry'][]>(api().GET('/api/v1/reminders', { params: { query: { limit } } }))
}
