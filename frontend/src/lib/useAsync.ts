import { shallowRef, type Ref } from 'vue'

/** Loading, error and data of one async load; `run` reloads. */
export function useAsync<T>(load: () => Promise<T>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const error = shallowRef<unknown>(null)
  const loading = shallowRef(false)
  async function run() {
    loading.value = true
    error.value = null
    try {
      data.value = await load()
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }
  return { data, error, loading, run }
}
