-- The editable parts of a period's consolidated report (Nghị định 30/2020/NĐ-CP layout):
-- number, date, signer, recipients and a narrative per objective. One draft per period; the
-- figures themselves are never stored here, they are read from approved submissions at download.
create table report_draft (
    period_code   varchar(16)  primary key references period (code),
    number        varchar(64)  not null,
    issued_on     date         not null,
    subject       text         not null,
    signer_name   varchar(255) not null,
    signer_title  varchar(255) not null,
    recipients    jsonb        not null default '[]',
    narratives    jsonb        not null default '{}',
    version       integer      not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(255) not null
);

-- The audit log searches every submission's history newest first, by actor and time.
create index submission_event_occurred_idx on submission_event (occurred_at desc, id desc);
