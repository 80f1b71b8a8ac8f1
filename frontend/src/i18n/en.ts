import type vi from './vi'
type Messages = { [K in keyof typeof vi]: Partial<Record<keyof (typeof vi)[K], string>> }

/** English: the second language; missing keys fall back to Vietnamese. */
const en: Messages = {
  app: { title: 'GEP Monitor', subtitle: "Monitoring Can Tho's gender-equality plan" },
  nav: { dashboard: 'Dashboard', entry: 'Data entry', review: 'Review', status: 'Reporting status', targets: 'Targets', signOut: 'Sign out', language: 'Tiếng Việt' },
  common: { loading: 'Loading…', empty: 'No data', period: 'Period', orgUnit: 'Org unit', status: 'Status', indicator: 'Indicator', value: 'Value', target: 'Target', save: 'Save', cancel: 'Cancel', back: 'Back', open: 'Open', dueDate: 'Due date', yes: 'Yes', no: 'No', male: 'Male', female: 'Female', late: 'Late', retry: 'Retry', forbidden: 'You may not see this page.' },
  attainment: { title: 'City-wide attainment', basisApproved: 'Approved figures only', basisSubmitted: 'Including submitted, unreviewed figures (provisional)', provisional: 'Provisional', reporters: 'Reporters', reportersValue: '{reported}/{expected} units', progress: 'Progress from baseline', objective: 'Objective {code}', ACHIEVED: 'Achieved', NOT_ACHIEVED: 'Not achieved', NO_DATA: 'No data', summary: '{achieved} achieved · {notAchieved} not achieved · {noData} no data' },
  indicator: { definition: 'Definition', numerator: 'Numerator', denominator: 'Denominator', source: 'Source', owner: 'Owner', byUnit: 'Figures by org unit', bySex: 'By sex', chartTitle: 'Value by org unit with the target line', baseline: 'Baseline' },
  entry: { title: 'Data entry – {unit}', choosePeriod: 'Choose a period', periodClosed: 'The period is closed.', notStarted: 'No report yet for this period. Enter figures and save a draft to create it.', computed: 'Result', saveDraft: 'Save draft', submit: 'Submit', saved: 'Draft saved.', submitted: 'Submitted for review.', returned: 'Returned for revision', readOnly: 'The report is {status}: it cannot be edited.', missingTitle: 'Figures missing', missingText: 'These indicators have no figures: {list}. Submit anyway?', submitAnyway: 'Submit anyway', conflict: 'Someone else changed this report (version {version}). Your input is kept on screen: load the latest version, compare and save again.', reload: 'Load latest', fixErrors: 'The form has errors; check the marked fields.', history: 'History', version: 'Version' },
  validation: { REQUIRED: 'Required', NEGATIVE: 'Must not be negative', NOT_A_NUMBER: 'Not a number', DENOMINATOR_NOT_POSITIVE: 'Denominator must be greater than 0', NUMERATOR_EXCEEDS_DENOMINATOR: 'Numerator must not exceed the denominator', FLAG_REQUIRED: 'Choose yes or no', BOTH_SEXES: 'Enter both sexes' },
  review: { queue: 'Submissions to review', statusFilter: 'Status', submittedAt: 'Submitted', values: 'Values', approve: 'Approve', return: 'Return', reopen: 'Reopen', reason: 'Reason', reasonRequired: 'Enter a reason', returnTitle: 'Return for revision', reopenTitle: 'Reopen an approved report', approved: 'Approved.', returnedDone: 'Returned.', reopened: 'Reopened.', missing: '{n} values missing' },
  submissionStatus: { NOT_STARTED: 'Not started', DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved', LATE: 'Late' },
  action: { CREATED: 'Created', VALUES_CHANGED: 'Values changed', SUBMITTED: 'Submitted', APPROVED: 'Approved', RETURNED: 'Returned', REOPENED: 'Reopened' },
  problem: { NETWORK: 'Cannot reach the server.', VERSION_CONFLICT: 'Someone else changed this report.', unknown: 'Something went wrong ({code}).' },
}
export default en
