/** Runtime settings: defaults from the build (Vite env), overridden by /config.json if served. */
export interface AppConfig {
  /** OpenID issuer of the gender-equality realm. */
  oidcAuthority: string
  /** Public client with authorization code + PKCE. */
  oidcClientId: string
  /** Server root the API paths (/api/v1/...) are appended to; '' = same origin (proxied). */
  apiUrl: string
}

const defaults: AppConfig = {
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/gender-equality',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'gep-spa',
  apiUrl: import.meta.env.VITE_API_URL ?? '',
}

let current: AppConfig = defaults

export async function loadConfig(): Promise<AppConfig> {
  try {
    const res = await fetch('/config.json', { cache: 'no-store' })
    if (res.ok && res.headers.get('content-type')?.includes('json')) {
      current = { ...defaults, ...(await res.json()) }
    }
  } catch {
    /* no config.json: the defaults apply */
  }
  return current
}

export function config(): AppConfig {
  return current
}
