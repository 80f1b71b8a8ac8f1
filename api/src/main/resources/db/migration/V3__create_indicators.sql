-- An indicator's definition (what is counted and how) is separate from the yearly plan that sets
-- its target and names its reporters (V4), so that a new year's plan is data, not code.
create table objective (
    code        varchar(8)   primary key,
    name_vi     varchar(255) not null,
    name_en     varchar(255) not null,
    sort_order  integer      not null
);

create table indicator (
    code            varchar(16)  primary key,
    objective_code  varchar(8)   not null references objective (code),
    name_vi         text         not null,
    name_en         text         not null,
    unit            varchar(64)  not null,
    unit_vi         varchar(128) not null,
    value_type      varchar(8)   not null check (value_type in ('RATIO', 'FLAG')),
    scale           numeric(12, 0) check (scale > 0),
    numerator_vi    text,
    numerator_en    text,
    denominator_vi  text,
    denominator_en  text,
    additive        boolean      not null default true,
    owner_code      varchar(64)  references org_unit (code),
    owner_inferred  boolean      not null default false,
    source_ref      text         not null,
    source_text_vi  text         not null,
    sort_order      integer      not null,
    check ((value_type = 'RATIO') = (scale is not null))
);

create index indicator_objective_idx on indicator (objective_code);

-- Categories of a disaggregation dimension (sex: male, female; room for age groups and others).
create table disaggregation_category (
    dimension   varchar(32) not null,
    code        varchar(32) not null,
    name_vi     varchar(64) not null,
    name_en     varchar(64) not null,
    sort_order  integer     not null,
    primary key (dimension, code)
);

create table indicator_disaggregation (
    indicator_code  varchar(16) not null references indicator (code),
    dimension       varchar(32) not null,
    primary key (indicator_code, dimension)
);
