import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'

/**
 * Serves /config.json in dev and preview from the environment, so one build runs against any
 * Keycloak: GEP_OIDC_AUTHORITY (default: the app's built-in http://localhost:8180/...).
 * In production the operator puts a config.json next to index.html instead.
 */
function runtimeConfig(): Plugin {
  const handler = (req: { url?: string }, res: any, next: () => void) => {
    if (req.url?.split('?')[0] !== '/config.json' || !process.env.GEP_OIDC_AUTHORITY) return next()
    res.setHeader('Content-Type', 'application/json')
    res.end(JSON.stringify({ oidcAuthority: process.env.GEP_OIDC_AUTHORITY }))
  }
  return {
    name: 'gep-runtime-config',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  }
}

/**
 * The security headers nginx sends in production (deploy/nginx/templates), read from the same file
 * so that vite preview (scripts/run.sh, scripts/e2e.sh) sends exactly these, with Keycloak's
 * origin taken from GEP_OIDC_AUTHORITY. Not in dev: Vite's dev server injects inline styles.
 */
export function securityHeaders(authority: string): Record<string, string> {
  const template = readFileSync(
    fileURLToPath(new URL('../deploy/nginx/templates/security-headers.conf.template', import.meta.url)),
    'utf8',
  )
  const keycloak = new URL(authority).origin
  const headers: Record<string, string> = {}
  for (const [, name, value] of template.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)) {
    headers[name] = value.replaceAll('${KEYCLOAK_URL}', keycloak)
  }
  if (!headers['Content-Security-Policy']) throw new Error('no Content-Security-Policy in the nginx template')
  return headers
}

const authority = process.env.GEP_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/gender-equality'
const apiTarget = process.env.GEP_API_PROXY ?? 'http://127.0.0.1:8080'
const proxy = { '/api': { target: apiTarget, changeOrigin: false } }

export default defineConfig({
  plugins: [vue(), runtimeConfig()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy, headers: securityHeaders(authority) },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
} as any)
