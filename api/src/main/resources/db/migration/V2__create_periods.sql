-- Reporting periods use DHIS2's period syntax: 2024 (year), 2024S1 (first half), 2024Q1 (quarter).
create table period (
    code        varchar(16) primary key check (code ~ '^[0-9]{4}(S[12]|Q[1-4])?$'),
    type        varchar(16) not null check (type in ('YEARLY', 'SIX_MONTHLY', 'QUARTERLY')),
    year        integer     not null,
    start_date  date        not null,
    end_date    date        not null,
    due_date    date        not null,
    open        boolean     not null default true,
    check (end_date >= start_date)
);
