import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
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

const apiTarget = process.env.GEP_API_PROXY ?? 'http://127.0.0.1:8080'
const proxy = { '/api': { target: apiTarget, changeOrigin: false } }

export default defineConfig({
  plugins: [vue(), runtimeConfig()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
} as any)
