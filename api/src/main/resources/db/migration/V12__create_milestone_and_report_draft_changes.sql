-- The audit log's record of the national milestones admins set or remove and of the report drafts
-- coordinators save, as target_change is of targets: who, when, and the fields before and after.
create table milestone_change (
    id              bigserial    primary key,
    indicator_code  varchar(16)  not null references indicator (code),
    milestone_year  integer      not null,
    action          varchar(24)  not null check (action in ('MILESTONE_CHANGED', 'MILESTONE_REMOVED')),
    changed_at      timestamptz  not null,
    changed_by      varchar(255) not null,
    before          jsonb,
    after           jsonb,
    check (before is not null or after is not null)
);

-- before and after hold only the fields that changed (each objective's narrative on its own);
-- before is null for a period's first saved draft.
create table report_draft_change (
    id           bigserial    primary key,
    period_code  varchar(16)  not null references period (code),
    version      integer      not null,
    changed_at   timestamptz  not null,
    changed_by   varchar(255) not null,
    before       jsonb,
    after        jsonb        not null
);

create index milestone_change_changed_idx on milestone_change (changed_at desc);
create index report_draft_change_changed_idx on report_draft_change (changed_at desc);
