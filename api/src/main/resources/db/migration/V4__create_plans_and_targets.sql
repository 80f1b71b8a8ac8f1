-- A plan is one year's set of targets and reporters; the 2021-2030 strategy is a series of them.
create table plan (
    year          integer      primary key,
    title_vi      text         not null,
    title_en      text         not null,
    issued_by_vi  varchar(255) not null
);

create table target (
    plan_year       integer     not null references plan (year),
    indicator_code  varchar(16) not null references indicator (code),
    comparator      varchar(4)  not null check (comparator in ('GE', 'GT', 'LE', 'LT', 'TRUE')),
    target_value    numeric(20, 6),
    baseline        numeric(20, 6),
    updated_at      timestamptz not null default now(),
    updated_by      varchar(255) not null default 'migration',
    primary key (plan_year, indicator_code),
    check ((comparator = 'TRUE') = (target_value is null)),
    check (comparator <> 'TRUE' or baseline is null)
);

-- The org units the plan expects to report each indicator.
create table plan_reporter (
    plan_year       integer     not null references plan (year),
    indicator_code  varchar(16) not null references indicator (code),
    org_unit_code   varchar(64) not null references org_unit (code),
    primary key (plan_year, indicator_code, org_unit_code)
);

create index plan_reporter_org_unit_idx on plan_reporter (org_unit_code, plan_year);

-- Every change an admin makes to a target, with its before and after.
create table target_change (
    id              bigserial    primary key,
    plan_year       integer      not null,
    indicator_code  varchar(16)  not null,
    changed_at      timestamptz  not null,
    changed_by      varchar(255) not null,
    before          jsonb,
    after           jsonb        not null,
    foreign key (plan_year, indicator_code) references target (plan_year, indicator_code)
);
