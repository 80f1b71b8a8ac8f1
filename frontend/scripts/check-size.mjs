#!/usr/bin/env node
// Fails when the JavaScript loaded at first paint (index.html's module script and its static
// imports, i.e. modulepreload links) exceeds the budget, gzipped. Lazy routes and ECharts don't count.
import { readFileSync, existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const BUDGET_KB = Number(process.env.GEP_JS_BUDGET_KB ?? 250)
const dist = new URL('../dist/', import.meta.url).pathname
if (!existsSync(join(dist, 'index.html'))) {
  console.error('check-size: dist/index.html missing; run vite build first')
  process.exit(2)
}
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const files = new Set()
for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(m[1])
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) files.add(m[1])
let total = 0
for (const f of files) {
  const size = gzipSync(readFileSync(join(dist, f.replace(/^\//, '')))).length
  total += size
  console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB gz  ${f}`)
}
const kb = total / 1024
console.log(`initial JS: ${kb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`)
if (files.size === 0 || kb > BUDGET_KB) {
  console.error(files.size === 0 ? 'check-size: no initial script found' : 'check-size: over budget')
  process.exit(1)
}
