// Writes the Keycloak realm `gender-equality` in two variants from one description:
//   gender-equality-realm.json             demo and tests: demo users, demo service-account
//                                          secrets, clients marked TEST ONLY (password grant, short tokens)
//   production/gender-equality-realm.json  production: no users, no secrets, no test-only clients;
//                                          the SPA's origins from GEP_SPA_ORIGINS (comma-separated)
//   test/other-realm.json                  a second realm whose tokens the API must refuse (tests)
// Both variants: brute-force lockout, login and admin events, refresh-token rotation, no offline
// tokens for the SPA. Production only: the password policy (the demo password is `demo`) and OTP
// for admin and coordinator (a browser flow; the demo users sign in without a second factor).
// Run with `node deploy/keycloak/realm.mjs` after changing it; the files are committed. Compose
// and Kubernetes import production/ only.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Reporting org units (plan 2024): 16 departments and bodies, 9 districts. */
export const ORG_UNITS = [
  'so-ldtbxh', 'so-khdt', 'so-tai-chinh', 'so-tu-phap', 'so-noi-vu', 'so-y-te', 'so-gddt', 'so-tttt',
  'so-vhttdl', 'cong-an', 'ban-dan-toc', 'nhcsxh', 'dai-ptth', 'bao-can-tho', 'cuc-thong-ke', 'mttq',
  'ninh-kieu', 'binh-thuy', 'cai-rang', 'o-mon', 'thot-not', 'phong-dien', 'co-do', 'thoi-lai', 'vinh-thanh',
];
export const ROLES = ['admin', 'coordinator', 'reporter', 'viewer'];
export const API_AUDIENCE = 'gep-api';
export const DEMO_PASSWORD = 'demo';
const DEMO_SPA_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:8080', 'http://127.0.0.1:8080'];
const PRODUCTION_SPA_ORIGINS = (process.env.GEP_SPA_ORIGINS || 'https://gep.example.org').split(',').map((o) => o.trim());

/** Keycloak 26's default client scopes; offline_access, address, phone etc. are left out. */
export const SPA_DEFAULT_SCOPES = ['web-origins', 'acr', 'basic', 'profile', 'email', 'roles'];

/**
 * Lockout after 5 wrong passwords in a row (12 h window): 1 min, doubling per further failure up
 * to 15 min; two failures within 1 s lock for 1 min. A right password resets the count.
 */
export const BRUTE_FORCE = {
  bruteForceProtected: true,
  permanentLockout: false,
  failureFactor: 5,
  waitIncrementSeconds: 60,
  maxFailureWaitSeconds: 900,
  maxDeltaTimeSeconds: 43200,
  quickLoginCheckMilliSeconds: 1000,
  minimumQuickLoginWaitSeconds: 60,
};
export const PASSWORD_POLICY = 'length(12) and notUsername and notEmail and passwordHistory(5)';
/** Roles whose users must sign in with a one-time code (set up at their first sign-in). */
export const OTP_ROLES = ['admin', 'coordinator'];
export const BROWSER_FLOW = 'browser with OTP for admin and coordinator';

/**
 * The browser flow with OTP required for admin and coordinator: cookie, or username and password
 * then an OTP form for a user with either role (a user without OTP sets it up first: the form is
 * REQUIRED), or for anyone else who has set OTP up. Each sub-flow skips the roles of those before
 * it, so nobody is asked twice.
 */
function browserFlowWithOtp() {
  const execution = (authenticator, requirement, priority, authenticatorConfig) => ({
    authenticator, requirement, priority, autheticatorFlow: false, userSetupAllowed: false,
    ...(authenticatorConfig ? { authenticatorConfig } : {}),
  });
  const subflow = (flowAlias, requirement, priority) => ({
    flowAlias, requirement, priority, autheticatorFlow: true, userSetupAllowed: false,
  });
  const flow = (alias, description, topLevel, authenticationExecutions) => ({
    alias, description, providerId: 'basic-flow', topLevel, builtIn: false, authenticationExecutions,
  });
  const otpFor = [
    ['OTP: admin', [['role admin', 'conditional-user-role']]],
    ['OTP: coordinator', [['role coordinator', 'conditional-user-role'], ['not role admin', 'conditional-user-role']]],
    ['OTP: anyone who set it up', [['not role admin', 'conditional-user-role'], ['not role coordinator', 'conditional-user-role'], [null, 'conditional-user-configured']]],
  ];
  return {
    browserFlow: BROWSER_FLOW,
    authenticatorConfig: [
      ...OTP_ROLES.map((role) => ({ alias: `role ${role}`, config: { condUserRole: role, negate: 'false' } })),
      ...OTP_ROLES.map((role) => ({ alias: `not role ${role}`, config: { condUserRole: role, negate: 'true' } })),
    ],
    authenticationFlows: [
      flow(BROWSER_FLOW, 'Cookie, or username and password with OTP for admin and coordinator', true, [
        execution('auth-cookie', 'ALTERNATIVE', 10),
        execution('identity-provider-redirector', 'ALTERNATIVE', 25),
        subflow(`${BROWSER_FLOW}: forms`, 'ALTERNATIVE', 30),
      ]),
      flow(`${BROWSER_FLOW}: forms`, 'Username and password, then OTP where required', false, [
        execution('auth-username-password-form', 'REQUIRED', 10),
        ...otpFor.map(([alias], i) => subflow(alias, 'CONDITIONAL', 20 + 10 * i)),
      ]),
      ...otpFor.map(([alias, conditions]) => flow(alias, alias, false, [
        ...conditions.map(([config, authenticator], i) => execution(authenticator, 'REQUIRED', 10 + 10 * i, config ?? undefined)),
        execution('auth-otp-form', 'REQUIRED', 10 + 10 * conditions.length),
      ])),
    ],
  };
}

const audienceMapper = {
  name: 'audience gep-api',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-audience-mapper',
  config: { 'included.client.audience': API_AUDIENCE, 'access.token.claim': 'true', 'id.token.claim': 'false' },
};
const orgUnitAttributeMapper = {
  name: 'org_unit',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-usermodel-attribute-mapper',
  config: {
    'user.attribute': 'org_unit', 'claim.name': 'org_unit', 'jsonType.label': 'String',
    'access.token.claim': 'true', 'id.token.claim': 'true', 'userinfo.token.claim': 'true',
    'introspection.token.claim': 'true', multivalued: 'false',
  },
};
const hardcodedOrgUnit = (code) => ({
  name: 'org_unit',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-hardcoded-claim-mapper',
  config: {
    'claim.name': 'org_unit', 'claim.value': code, 'jsonType.label': 'String',
    'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true',
  },
});

/** Keycloak 26's declarative user profile: org_unit is declared, readable by the user, set by admins. */
const userProfile = {
  attributes: [
    { name: 'username', displayName: '${username}', validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {}, 'up-username-not-idn-homograph': {} }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    { name: 'email', displayName: '${email}', validations: { email: {}, length: { max: 255 } }, required: { roles: ['user'] }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    { name: 'firstName', displayName: '${firstName}', validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} }, required: { roles: ['user'] }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    { name: 'lastName', displayName: '${lastName}', validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} }, required: { roles: ['user'] }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    { name: 'org_unit', displayName: 'Đơn vị báo cáo (org unit)', validations: { pattern: { pattern: '^[a-z0-9][a-z0-9-]*$', 'error-message': 'org_unit is an org unit code such as ninh-kieu' } }, permissions: { view: ['admin', 'user'], edit: ['admin'] }, multivalued: false },
  ],
  groups: [{ name: 'user-metadata', displayHeader: 'User metadata', displayDescription: 'Attributes, which refer to user metadata' }],
};

function clients({ demo }) {
  const SPA_ORIGINS = demo ? DEMO_SPA_ORIGINS : PRODUCTION_SPA_ORIGINS;
  const list = [
    {
      clientId: API_AUDIENCE,
      name: 'GEP Monitor API (token audience)',
      description: 'The API as the audience of access tokens; it signs nobody in.',
      enabled: true, publicClient: false, bearerOnly: true,
      standardFlowEnabled: false, directAccessGrantsEnabled: false, serviceAccountsEnabled: false,
    },
    {
      clientId: 'gep-spa',
      name: 'GEP Monitor web app',
      enabled: true, publicClient: true,
      standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false,
      redirectUris: SPA_ORIGINS.map((o) => `${o}/*`),
      webOrigins: SPA_ORIGINS,
      // the realm's defaults without offline_access: the browser never gets an offline token
      defaultClientScopes: SPA_DEFAULT_SCOPES,
      optionalClientScopes: [],
      attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': SPA_ORIGINS.map((o) => `${o}/*`).join('##') },
      protocolMappers: [audienceMapper, orgUnitAttributeMapper],
    },
  ];
  if (!demo) {
    // Keycloak's built-in client, which allows password grants by default: sign-ins bypassing the
    // browser flow's OTP. The API refuses its tokens (audience), and here it gets none.
    list.push({
      clientId: 'admin-cli', name: '${client_admin-cli}', enabled: true, publicClient: true,
      standardFlowEnabled: false, directAccessGrantsEnabled: false,
    });
  }
  for (const code of ORG_UNITS) {
    list.push({
      clientId: `system-${code}`,
      name: `Hệ thống của ${code} (system integration)`,
      description: `Service account of ${code}'s own system: imports and submits ${code}'s figures only.`,
      enabled: true, publicClient: false, clientAuthenticatorType: 'client-secret',
      ...(demo ? { secret: `demo-secret-${code}` } : {}),
      standardFlowEnabled: false, directAccessGrantsEnabled: false, serviceAccountsEnabled: true,
      protocolMappers: [audienceMapper, hardcodedOrgUnit(code)],
    });
  }
  if (demo) {
    list.push({
      clientId: 'gep-test',
      name: 'TEST ONLY: password grant',
      description: 'TEST ONLY: direct password logins for automated tests and demo scripts. Absent from the production realm.',
      enabled: true, publicClient: true,
      standardFlowEnabled: false, directAccessGrantsEnabled: true,
      protocolMappers: [audienceMapper, orgUnitAttributeMapper],
    });
    list.push({
      clientId: 'gep-test-short',
      name: 'TEST ONLY: password grant, 15-second tokens',
      description: 'TEST ONLY: tokens that expire quickly, for expiry and revocation tests. Absent from the production realm.',
      enabled: true, publicClient: true,
      standardFlowEnabled: false, directAccessGrantsEnabled: true,
      attributes: { 'access.token.lifespan': '15' },
      protocolMappers: [audienceMapper, orgUnitAttributeMapper],
    });
    list.push({
      clientId: 'gep-test-no-audience',
      name: 'TEST ONLY: tokens without the API audience',
      description: 'TEST ONLY: proves the API refuses tokens issued for another audience. Absent from the production realm.',
      enabled: true, publicClient: true,
      standardFlowEnabled: false, directAccessGrantsEnabled: true,
      protocolMappers: [orgUnitAttributeMapper],
    });
    list.push({
      clientId: 'system-test-short',
      name: 'TEST ONLY: ninh-kieu system with 15-second tokens',
      description: 'TEST ONLY: client-credentials tokens that expire quickly, for disabling tests. Absent from the production realm.',
      enabled: true, publicClient: false, clientAuthenticatorType: 'client-secret', secret: 'demo-secret-test-short',
      standardFlowEnabled: false, directAccessGrantsEnabled: false, serviceAccountsEnabled: true,
      attributes: { 'access.token.lifespan': '15' },
      protocolMappers: [audienceMapper, hardcodedOrgUnit('ninh-kieu')],
    });
  }
  return list;
}

const person = (username, firstName, lastName, roles, orgUnit) => ({
  username, enabled: true, emailVerified: true, firstName, lastName,
  email: `${username}@demo.gep.cantho.gov.vn`,
  credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
  realmRoles: roles,
  ...(orgUnit ? { attributes: { org_unit: [orgUnit] } } : {}),
});

function users({ demo }) {
  const serviceAccounts = [...ORG_UNITS.map((c) => `system-${c}`), ...(demo ? ['system-test-short'] : [])].map((clientId) => ({
    username: `service-account-${clientId}`, enabled: true, serviceAccountClientId: clientId, realmRoles: ['reporter'],
  }));
  if (!demo) return serviceAccounts;
  return [
    person('admin', 'Quản trị', 'Hệ thống', ['admin']),
    person('coordinator', 'Điều phối', 'Sở LĐTBXH', ['coordinator']),
    person('viewer', 'Lãnh đạo', 'Thành phố', ['viewer']),
    ...ORG_UNITS.map((code) => person(`reporter.${code}`, 'Báo cáo viên', code, ['reporter'], code)),
    ...serviceAccounts,
  ];
}

function realm({ demo }) {
  return {
    realm: 'gender-equality',
    displayName: 'GEP Monitor - Cần Thơ',
    enabled: true,
    sslRequired: demo ? 'none' : 'external',
    registrationAllowed: false,
    loginWithEmailAllowed: true,
    ...BRUTE_FORCE,
    ...(demo ? {} : { passwordPolicy: PASSWORD_POLICY }),
    ...(demo ? {} : browserFlowWithOtp()),
    // a refresh token is good for one use: each refresh returns a new one, a replayed one is refused
    revokeRefreshToken: true,
    refreshTokenMaxReuse: 0,
    eventsEnabled: true,
    eventsExpiration: 7776000,
    eventsListeners: ['jboss-logging'],
    adminEventsEnabled: true,
    adminEventsDetailsEnabled: true,
    accessTokenLifespan: 300,
    ssoSessionIdleTimeout: 1800,
    internationalizationEnabled: true,
    supportedLocales: ['vi', 'en'],
    defaultLocale: 'vi',
    roles: { realm: ROLES.map((name) => ({ name, description: `GEP Monitor ${name}` })) },
    clients: clients({ demo }),
    users: users({ demo }),
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        { providerId: 'declarative-user-profile', subComponents: {}, config: { 'kc.user.profile.config': [JSON.stringify(userProfile)] } },
      ],
    },
  };
}

/** Another realm on the same server: its tokens must never be accepted by the API (TEST ONLY). */
function otherRealm() {
  return {
    realm: 'other',
    enabled: true,
    sslRequired: 'none',
    roles: { realm: ROLES.map((name) => ({ name })) },
    clients: [{
      clientId: 'gep-test', name: 'TEST ONLY', enabled: true, publicClient: true,
      standardFlowEnabled: false, directAccessGrantsEnabled: true,
      protocolMappers: [audienceMapper, orgUnitAttributeMapper],
    }],
    users: [person('admin', 'Other', 'Realm', ['admin', 'coordinator'])],
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        { providerId: 'declarative-user-profile', subComponents: {}, config: { 'kc.user.profile.config': [JSON.stringify(userProfile)] } },
      ],
    },
  };
}

const write = (name, value) => writeFileSync(join(here, name), JSON.stringify(value, null, 2) + '\n');
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  write('gender-equality-realm.json', realm({ demo: true }));
  write('production/gender-equality-realm.json', realm({ demo: false }));
  write('test/other-realm.json', otherRealm());
  console.log('wrote gender-equality-realm.json, production/gender-equality-realm.json, test/other-realm.json');
}
