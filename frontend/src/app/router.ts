import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { can, type Principal } from '@/lib/authorization'
import { principal } from '@/lib/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the route; the navigation shows it only to them (lib/authorization). */
    allowed?: (p: Principal | null) => boolean
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'dashboard',
    component: () => import('@/features/attainment/components/DashboardPage.vue'),
    meta: { allowed: can.viewDashboard },
  },
  {
    path: '/indicators/:code',
    name: 'indicator',
    props: true,
    component: () => import('@/features/indicators/components/IndicatorPage.vue'),
    meta: { allowed: can.viewDashboard },
  },
  {
    path: '/entry/:period?',
    name: 'entry',
    props: true,
    component: () => import('@/features/submissions/components/EntryPage.vue'),
    meta: { allowed: can.enterFigures },
  },
  {
    path: '/review',
    name: 'review',
    component: () => import('@/features/review/components/ReviewQueuePage.vue'),
    meta: { allowed: can.review },
  },
  {
    path: '/review/:id',
    name: 'review-submission',
    props: true,
    component: () => import('@/features/review/components/ReviewSubmissionPage.vue'),
    meta: { allowed: can.review },
  },
  {
    path: '/status',
    name: 'status',
    component: () => import('@/features/calendar/components/StatusMatrixPage.vue'),
    meta: { allowed: can.viewReportingStatus },
  },
  {
    path: '/my-status',
    name: 'my-status',
    component: () => import('@/features/calendar/components/MyStatusPage.vue'),
    meta: { allowed: can.viewOwnReportingStatus },
  },
  {
    path: '/reports',
    name: 'reports',
    component: () => import('@/features/reports/components/ReportsPage.vue'),
    meta: { allowed: can.viewReports },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('@/features/audit/components/AuditLogPage.vue'),
    meta: { allowed: can.viewAuditLog },
  },
  {
    path: '/periods',
    name: 'periods',
    component: () => import('@/features/periods/components/PeriodsPage.vue'),
    meta: { allowed: can.viewPeriods },
  },
  {
    path: '/admin/contacts',
    name: 'contacts',
    component: () => import('@/features/reminders/components/ContactsPage.vue'),
    meta: { allowed: can.manageContacts },
  },
  {
    path: '/admin/targets',
    name: 'targets',
    component: () => import('@/features/indicators/components/TargetsPage.vue'),
    meta: { allowed: can.editTargets },
  },
  { path: '/forbidden', name: 'forbidden', component: () => import('@/components/ui/ForbiddenPage.vue') },
  { path: '/:rest(.*)*', redirect: '/' },
]

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes })
  router.beforeEach((to) => {
    if (to.meta.allowed && !to.meta.allowed(principal.value)) return { name: 'forbidden' }
  })
  return router
}
