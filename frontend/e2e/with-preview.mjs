#!/usr/bin/env node
// Serves dist/ with `vite preview` (proxying /api to GEP_API_PROXY, authority GEP_OIDC_AUTHORITY),
// runs e2e/run.mjs against it, then stops the preview server it started. The API and Keycloak
// must already be running (scripts/run.sh). Port: GEP_APP_PORT (5173, the realm allows 5173/8080).
import { spawn } from 'node:child_process'

const port = process.env.GEP_APP_PORT ?? '5173'
const app = `http://127.0.0.1:${port}`
const env = { ...process.env, GEP_APP_URL: app }
const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname
const preview = spawn(process.execPath, [vite, 'preview', '--port', port, '--host', '127.0.0.1', '--strictPort'], {
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  cwd: new URL('..', import.meta.url).pathname,
})
let code = 1
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(app + '/')).ok) break
    } catch {}
    if (i > 60) throw new Error(`vite preview did not answer on ${app}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  code = await new Promise((resolve) => {
    spawn(process.execPath, [new URL('./run.mjs', import.meta.url).pathname], { env, stdio: 'inherit' }).on(
      'exit',
      (c) => resolve(c ?? 1),
    )
  })
} catch (e) {
  console.error(e.message)
} finally {
  preview.kill('SIGTERM')
}
process.exit(code)
