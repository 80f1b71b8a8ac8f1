-- Entry window of a period (plan V.17): figures may be written from opens_on to closes_on (in
-- Vietnam) while the period is open. Null opens_on means from the period's start; null closes_on
-- means until an admin closes the period by hand. Periods inserted without them keep working.
alter table period
    add column opens_on  date,
    add column closes_on date,
    add constraint period_window_check
        check (opens_on is null or closes_on is null or closes_on >= opens_on);

-- After closing, the coordinator may let one org unit keep writing until a date, with a reason.
create table period_exception (
    period_code    varchar(16)  not null references period (code) on delete cascade,
    org_unit_code  varchar(64)  not null references org_unit (code),
    until          date         not null,
    reason         text         not null check (length(trim(reason)) > 0),
    granted_at     timestamptz  not null,
    granted_by     varchar(255) not null,
    primary key (period_code, org_unit_code)
);

-- Who receives an org unit's reminders (REPORTER) or so-ldtbxh's overdue digest (COORDINATOR).
create table org_unit_contact (
    id             bigserial    primary key,
    org_unit_code  varchar(64)  not null references org_unit (code),
    kind           varchar(16)  not null check (kind in ('REPORTER', 'COORDINATOR')),
    email          varchar(320) not null,
    name           varchar(255) not null,
    created_at     timestamptz  not null,
    created_by     varchar(255) not null
);

create unique index org_unit_contact_email_key on org_unit_contact (org_unit_code, kind, lower(email));

-- One row per reminder event; the primary key is claimed before sending, so that no event is
-- sent twice, whichever instance runs the job.
create table reminder (
    event_key      varchar(200) primary key,
    kind           varchar(16)  not null check (kind in ('BEFORE_DUE', 'OVERDUE', 'DIGEST')),
    org_unit_code  varchar(64)  references org_unit (code),
    period_code    varchar(16)  references period (code) on delete cascade,
    offset_days    integer,
    digest_date    date,
    status         varchar(16)  not null check (status in ('CLAIMED', 'SENT', 'FAILED', 'NO_RECIPIENTS')),
    recipients     text         not null default '',
    subject        text,
    error          text,
    attempts       integer      not null default 1,
    claimed_at     timestamptz  not null,
    claimed_by     varchar(255) not null,
    finished_at    timestamptz
);

create index reminder_claimed_at_idx on reminder (claimed_at desc);
