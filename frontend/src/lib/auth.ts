/**
 * Sign-in through Keycloak (authorization code + PKCE S256) and the signed-in principal. Tokens
 * live in this page's memory only, never in web storage: a reload signs in again through
 * Keycloak's session (a redirect there and straight back, no form while the session lasts).
 */
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import { shallowRef } from 'vue'
import { config } from './config'
import { decodeJwtPayload, principalFromClaims, type Principal } from './authorization'

let manager: UserManager | null = null
export const principal = shallowRef<Principal | null>(null)
let user: User | null = null
let renewal: Promise<string | null> | null = null
/** A token this close to expiry is renewed before use, so that it does not expire on the way. */
const EXPIRY_MARGIN_SECONDS = 15

export const CALLBACK_PATH = '/callback'

function userManager(): UserManager {
  if (!manager) {
    const origin = window.location.origin
    manager = new UserManager({
      authority: config().oidcAuthority,
      client_id: config().oidcClientId,
      redirect_uri: origin + CALLBACK_PATH,
      post_logout_redirect_uri: origin + '/',
      response_type: 'code',
      scope: 'openid profile',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      automaticSilentRenew: false,
    })
  }
  return manager
}

function setUser(u: User | null) {
  user = u && !u.expired ? u : null
  principal.value = user ? principalFromClaims(decodeJwtPayload(user.access_token)) : null
}

/** Tokens that earlier versions of the app kept in sessionStorage. */
function forgetStoredTokens() {
  for (const key of Object.keys(window.sessionStorage)) {
    if (key.startsWith('oidc.user:')) window.sessionStorage.removeItem(key)
  }
}

/** Restores a session, or finishes a sign-in when the browser returns to /callback. */
export async function initAuth(): Promise<string | null> {
  forgetStoredTokens()
  if (window.location.pathname === CALLBACK_PATH) {
    const u = await userManager().signinRedirectCallback()
    setUser(u)
    const target = (u.state as string | undefined) ?? '/'
    return target
  }
  setUser(await userManager().getUser())
  return null
}

export function signIn(returnTo: string) {
  return userManager().signinRedirect({ state: returnTo })
}

export async function signOut() {
  const idToken = user?.id_token
  await userManager().removeUser()
  principal.value = null
  await userManager().signoutRedirect({ id_token_hint: idToken })
}

/**
 * The bearer token for API calls, renewed with the refresh token when it is about to expire. Calls
 * that need a renewal at the same time share one: the realm accepts each refresh token once.
 */
export async function accessToken(): Promise<string | null> {
  if (user && (user.expires_in ?? 0) > EXPIRY_MARGIN_SECONDS) return user.access_token
  renewal ??= renew().finally(() => {
    renewal = null
  })
  return renewal
}

async function renew(): Promise<string | null> {
  try {
    const renewed = await userManager().signinSilent()
    setUser(renewed)
    return renewed?.access_token ?? null
  } catch {
    setUser(null)
    return null
  }
}
