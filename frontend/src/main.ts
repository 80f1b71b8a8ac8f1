import { createApp } from 'vue'
import 'element-plus/dist/index.css'
import './app/theme.css'
import App from './app/App.vue'
import { createAppRouter } from './app/router'
import { i18n } from './i18n'
import { loadConfig } from './lib/config'
import { initAuth, principal, signIn } from './lib/auth'

async function start() {
  await loadConfig()
  let returnTo: string | null = null
  try {
    returnTo = await initAuth()
  } catch (e) {
    console.error('sign-in failed', e)
  }
  if (!principal.value) {
    const here = window.location.pathname === '/callback' ? '/' : window.location.pathname + window.location.search
    await signIn(here)
    return
  }
  if (returnTo) window.history.replaceState(null, '', returnTo)
  const router = createAppRouter()
  createApp(App).use(i18n).use(router).mount('#app')
}

start()
