/** An ECharts instance on an element, loaded lazily, redrawn when its sources change, resized with the window and disposed with the component. */
import { onBeforeUnmount, onMounted, watch, type Ref, type WatchSource } from 'vue'

type Chart = { setOption: (o: unknown, notMerge?: boolean) => void; dispose: () => void; resize: () => void }

export function useEChart(el: Ref<HTMLDivElement | null>, option: () => unknown, sources: WatchSource[]) {
  let chart: Chart | null = null
  async function render() {
    if (!el.value) return
    const echarts = await import('./echarts')
    chart ??= echarts.init(el.value, undefined, { renderer: 'svg' })
    chart.setOption(option(), true)
  }
  const onResize = () => chart?.resize()
  onMounted(() => {
    render()
    window.addEventListener('resize', onResize)
  })
  watch(sources, render)
  onBeforeUnmount(() => {
    window.removeEventListener('resize', onResize)
    chart?.dispose()
  })
}
