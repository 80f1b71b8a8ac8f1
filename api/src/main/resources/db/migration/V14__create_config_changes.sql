-- The audit log's record of every change to configuration that has no history table of its own:
-- periods opened, closed or given a new entry window, exceptions granted, changed or revoked,
-- reminder contacts added or removed, plan years started and reminder runs started by hand. One
-- row per change: who (the token's subject and the name shown), when, and the changed fields or
-- the whole entity before and after; a removal keeps what was removed as before (a tombstone).
-- No foreign keys: the log outlives what it describes.
create table config_change (
    id             bigserial    primary key,
    changed_at     timestamptz  not null,
    actor_id       varchar(255) not null,
    actor_name     varchar(255) not null,
    entity         varchar(32)  not null
        check (entity in ('PERIOD', 'PERIOD_EXCEPTION', 'CONTACT', 'PLAN', 'REMINDERS')),
    entity_key     varchar(255) not null,
    action         varchar(32)  not null,
    org_unit_code  varchar(64),
    period_code    varchar(16),
    plan_year      integer,
    before         jsonb,
    after          jsonb,
    check (before is not null or after is not null)
);

create index config_change_changed_idx on config_change (changed_at desc);
create index config_change_entity_idx on config_change (entity, entity_key, changed_at desc);
