-- One submission per org unit and period carries that unit's figures through review.
create table submission (
    id             uuid         primary key,
    org_unit_code  varchar(64)  not null references org_unit (code),
    period_code    varchar(16)  not null references period (code),
    status         varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    version        integer      not null,
    return_reason  text,
    created_at     timestamptz  not null,
    created_by     varchar(255) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(255) not null,
    submitted_at   timestamptz,
    submitted_by   varchar(255),
    reviewed_at    timestamptz,
    reviewed_by    varchar(255),
    constraint submission_org_unit_period_key unique (org_unit_code, period_code)
);

create index submission_period_status_idx on submission (period_code, status);

-- category_key is '' for an undivided figure, else the canonical 'dimension=category;...' form.
create table submission_value (
    id              bigserial      primary key,
    submission_id   uuid           not null references submission (id) on delete cascade,
    indicator_code  varchar(16)    not null references indicator (code),
    category_key    varchar(128)   not null default '',
    numerator       numeric(24, 6),
    denominator     numeric(24, 6),
    flag            boolean,
    constraint submission_value_key unique (submission_id, indicator_code, category_key),
    check (
        (flag is not null and numerator is null and denominator is null)
        or (flag is null and numerator >= 0 and denominator > 0)
    )
);

create index submission_value_indicator_idx on submission_value (indicator_code);

-- Every state move and every value change, with who, when, before and after.
create table submission_event (
    id             bigserial    primary key,
    submission_id  uuid         not null references submission (id) on delete cascade,
    occurred_at    timestamptz  not null,
    actor          varchar(255) not null,
    action         varchar(16)  not null,
    from_status    varchar(16),
    to_status      varchar(16)  not null,
    version        integer      not null,
    reason         text,
    changes        jsonb        not null default '[]'
);

create index submission_event_submission_idx on submission_event (submission_id, id);

-- A request carrying an Idempotency-Key is answered once; a retry gets the first answer.
create table idempotency_record (
    principal        varchar(255) not null,
    idempotency_key  varchar(255) not null,
    operation        varchar(64)  not null,
    request_hash     char(64)     not null,
    response_status  integer,
    response_body    text,
    resource_id      uuid,
    created_at       timestamptz  not null,
    primary key (principal, idempotency_key)
);
