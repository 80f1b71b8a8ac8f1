import type vi from './vi'
type Messages = { [K in keyof typeof vi]: Partial<Record<keyof (typeof vi)[K], unknown>> }

/** English: the second language; missing keys fall back to Vietnamese. */
const en: Messages = {
  app: { title: 'GEP Monitor', subtitle: "Monitoring Can Tho's gender-equality plan" },
  nav: { dashboard: 'Dashboard', entry: 'Data entry', review: 'Review', status: 'Reporting status', targets: 'Targets', periods: 'Periods', contacts: 'Reminder contacts', signOut: 'Sign out', language: 'Tiếng Việt' },
  common: { loading: 'Loading…', empty: 'No data', period: 'Period', orgUnit: 'Org unit', status: 'Status', indicator: 'Indicator', value: 'Value', target: 'Target', save: 'Save', cancel: 'Cancel', back: 'Back', open: 'Open', dueDate: 'Due date', yes: 'Yes', no: 'No', male: 'Male', female: 'Female', late: 'Late', retry: 'Retry', forbidden: 'You may not see this page.', signInAgain: 'Sign in again' },
  attainment: { title: 'City-wide attainment', basisApproved: 'Approved figures only', basisSubmitted: 'Including submitted, unreviewed figures (provisional)', provisional: 'Provisional', reporters: 'Reporters', reportersValue: '{reported}/{expected} units', progress: 'Progress from baseline', objective: 'Objective {code}', ACHIEVED: 'Achieved', NOT_ACHIEVED: 'Not achieved', NO_DATA: 'No data', summary: '{achieved} achieved · {notAchieved} not achieved · {noData} no data' },
  indicator: { definition: 'Definition', numerator: 'Numerator', denominator: 'Denominator', source: 'Source', owner: 'Owner', byUnit: 'Figures by org unit', bySex: 'By sex', chartTitle: 'Value by org unit with the target line', baseline: 'Baseline' },
  entry: { title: 'Data entry – {unit}', choosePeriod: 'Choose a period', periodClosed: 'The period is closed.', notStarted: 'No report yet for this period. Enter figures and save a draft to create it.', computed: 'Result', saveDraft: 'Save draft', submit: 'Submit', saved: 'Draft saved.', submitted: 'Submitted for review.', returned: 'Returned for revision', readOnly: 'The report is {status}: it cannot be edited.', missingTitle: 'Figures missing', missingText: 'These indicators have no figures: {list}. Submit anyway?', submitAnyway: 'Submit anyway', conflict: 'Someone else changed this report (version {version}). Your input is kept on screen: load the latest version, compare and save again.', reload: 'Load latest', fixErrors: 'The form has errors; check the marked fields.', history: 'History', version: 'Version' },
  validation: { REQUIRED: 'Required', NEGATIVE: 'Must not be negative', NOT_A_NUMBER: 'Not a number', DENOMINATOR_NOT_POSITIVE: 'Denominator must be greater than 0', NUMERATOR_EXCEEDS_DENOMINATOR: 'Numerator must not exceed the denominator', FLAG_REQUIRED: 'Choose yes or no', BOTH_SEXES: 'Enter both sexes' },
  review: { queue: 'Submissions to review', statusFilter: 'Status', submittedAt: 'Submitted', values: 'Values', approve: 'Approve', return: 'Return', reopen: 'Reopen', reason: 'Reason', reasonRequired: 'Enter a reason', returnTitle: 'Return for revision', reopenTitle: 'Reopen an approved report', approved: 'Approved.', returnedDone: 'Returned.', reopened: 'Reopened.', missing: '{n} values missing' },
  targets: { year: 'Plan year', comparator: 'Comparison', saved: 'Target {code} saved.', errors: { REQUIRED: 'Required', NOT_A_NUMBER: 'Not a number', NEGATIVE: 'Must not be negative', PERCENT_OVER_100: 'A percentage cannot exceed 100', COMPARATOR_MISMATCH: 'Comparison does not fit the indicator', TARGET_NOT_ALLOWED: 'A yes/no indicator has no number', BASELINE_NOT_ALLOWED: 'A yes/no indicator has no baseline' } },
  submissionStatus: { NOT_STARTED: 'Not started', DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved', LATE: 'Late' },
  reporting: {
    asOf: 'As of {date}', allPeriods: 'All periods', allTypes: 'All org unit types', allStatuses: 'All statuses', orgUnitTypeLabel: 'Org unit type',
    orgUnitType: { DEPARTMENT: 'Departments', DISTRICT: 'Districts', COMMUNE: 'Communes', CITY: 'City' },
    status: { NOT_EXPECTED: 'Not expected', NOT_STARTED: 'Not started', DRAFT: 'Draft', OVERDUE: 'Overdue', SUBMITTED: 'Submitted', RETURNED: 'Returned', APPROVED: 'Approved' },
    note: { notExpected: 'Reports nothing this period', overdue: 'Overdue by {days} days (due {due})', onTime: 'On time (due {due})', late: 'Late by {days} days (due {due})', dueIn: '{days} days left (due {due})', dueToday: 'Due today ({due})', exception: 'Exception until {until}' },
    dueTitle: 'Due soon and overdue', within: 'Within', days: '{n} days', dueSoon: 'Due soon ({n})', overdueTitle: 'Overdue ({n})', noneDue: 'Nothing due soon.', noneOverdue: 'Nothing overdue.', closedForUnit: 'closed for the unit',
    ratesTitle: 'Reporting rates', group: 'Group', overall: 'Whole city', expected: 'Expected', reported: 'Reported', reportingRate: 'Reporting rate', reportedOnTime: 'On time', onTimeRate: 'On-time rate',
  },
  periods: {
    intro: 'Each period has a due date and an entry window. After closing, the coordinator may let one org unit keep writing.',
    window: 'Entry window', untilClosed: 'until closed', opensOn: 'Opens on', closesOn: 'Closes after', saveWindow: 'Save window', windowSaved: 'Entry window of {code} saved.',
    open: 'Open period', close: 'Close period', openedDone: '{code} opened.', closedDone: '{code} closed.',
    state: { OPEN: 'Taking figures', NOT_YET_OPEN: 'Not yet open', CLOSED: 'Closed', WINDOW_ENDED: 'Window ended' },
    exceptions: 'Exceptions', noExceptions: 'No exceptions.', until: 'Until', reason: 'Reason', grantedBy: 'Granted by', grant: 'Grant exception', granted: 'Exception granted.', revoke: 'Withdraw', revoked: 'Exception withdrawn.',
    errors: { REQUIRED: 'Choose an org unit and a date and give a reason', EXCEPTION_INVALID: 'The date cannot be before today' },
  },
  contacts: {
    intro: "Who receives their unit's reminders (reporters) and the overdue digest (so-ldtbxh coordinators).",
    kind: 'Receives', kinds: { REPORTER: 'Due-date reminders', COORDINATOR: 'Overdue digest' }, name: 'Name', email: 'Email', add: 'Add', added: 'Contact added.', remove: 'Remove', removed: 'Contact removed.', filter: 'Filter by org unit',
    errors: { REQUIRED: 'Choose an org unit, give a name and an email', EMAIL: 'Not an email address' },
  },
  reminders: {
    title: 'Reminders sent', intro: 'Reminders go out every day at 7:00; each one only once.', runNow: 'Send reminders now',
    result: '{sent} sent, {failed} failed, {none} units without contacts, {done} sent before.',
    event: 'Event', recipients: 'Recipients', subject: 'Subject', at: 'At',
    kind: { BEFORE_DUE: 'Before due', OVERDUE: 'Overdue', DIGEST: 'Overdue digest' },
    outcome: { CLAIMED: 'Sending', SENT: 'Sent', FAILED: 'Failed', NO_RECIPIENTS: 'No recipients' },
  },
  action: { CREATED: 'Created', VALUES_CHANGED: 'Values changed', SUBMITTED: 'Submitted', APPROVED: 'Approved', RETURNED: 'Returned', REOPENED: 'Reopened' },
  problem: { NETWORK: 'Cannot reach the server.', VERSION_CONFLICT: 'Someone else changed this report.', unknown: 'Something went wrong ({code}).' },
}
export default en
