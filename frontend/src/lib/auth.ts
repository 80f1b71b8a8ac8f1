/** Sign-in through Keycloak (authorization code + PKCE S256) and the signed-in principal. */
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import { shallowRef } from 'vue'
import { config } from './config'
import { decodeJwtPayload, principalFromClaims, type Principal } from './authorization'

let manager: UserManager | null = null
export const principal = shallowRef<Principal | null>(null)
let user: User | null = null

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
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: false,
    })
  }
  return manager
}

function setUser(u: User | null) {
  user = u && !u.expired ? u : null
  principal.value = user ? principalFromClaims(decodeJwtPayload(user.access_token)) : null
}

/** Restores a session, or finishes a sign-in when the browser returns to /callback. */
export async function initAuth(): Promise<string | null> {
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

/** The bearer token for API calls; a fresh sign-in when the session has expired. */
export async function accessToken(): Promise<string | null> {
  if (user && !user.expired) return user.access_token
  try {
    const renewed = await userManager().signinSilent()
    setUser(renewed)
    return renewed?.access_token ?? null
  } catch {
    setUser(null)
    return null
  }
}
