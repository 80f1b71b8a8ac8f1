/** The parts of ECharts the indicator chart uses; imported lazily, so it is its own chunk. */
import { use, init } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, SVGRenderer])

export { init }
