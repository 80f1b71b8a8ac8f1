import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Runs the reminder job now (admin; POST /api/v1/reminders/run). */
export function runReminders(): Promise<Schemas['ReminderRun']> {
  return unwrap<Schemas['ReminderRun']>(api().POST('/api/v1/reminders/run', {}))
}
