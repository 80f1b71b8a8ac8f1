-- Org units form a tree (city > department or district > commune ...) whose members open and close
-- over time, so that data reported under one year's structure stays under that structure.
create table org_unit (
    code         varchar(64)  primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name_vi      varchar(255) not null,
    name_en      varchar(255),
    type         varchar(16)  not null check (type in ('CITY', 'DEPARTMENT', 'DISTRICT', 'COMMUNE')),
    parent_code  varchar(64)  references org_unit (code),
    opened_on    date         not null default date '2000-01-01',
    closed_on    date,
    coordinator  boolean      not null default false,
    sort_order   integer      not null default 0,
    check (closed_on is null or closed_on > opened_on),
    check ((type = 'CITY') = (parent_code is null))
);

create index org_unit_parent_idx on org_unit (parent_code);
