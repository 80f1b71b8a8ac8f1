import { computed, onMounted, shallowRef } from 'vue'
import { listPeriods, type Period } from './api/catalogue'

/** Periods, newest first; `defaultPeriod` is the latest one that has started. */
export function usePeriods() {
  const periods = shallowRef<Period[]>([])
  const error = shallowRef<unknown>(null)
  onMounted(async () => {
    try {
      const all = await listPeriods()
      periods.value = [...all].sort(
        (a, b) => (b.end ?? '').localeCompare(a.end ?? '') || (a.type === 'YEARLY' ? -1 : 1),
      )
    } catch (e) {
      error.value = e
    }
  })
  const defaultPeriod = computed(() => {
    const today = new Date().toISOString().slice(0, 10)
    return periods.value.find((p) => (p.start ?? '') <= today)?.code ?? periods.value[0]?.code ?? null
  })
  return { periods, defaultPeriod, error }
}
