-- The same plan runs in every province and the ministry consolidates them all: a country can be
-- the root of the tree (instead of a city) with provinces under it and communes under those.
-- A city stays a root of its own tree, so Can Tho's data and its default org unit are unchanged.
alter table org_unit drop constraint org_unit_type_check;
alter table org_unit add constraint org_unit_type_check
    check (type in ('COUNTRY', 'PROVINCE', 'CITY', 'DEPARTMENT', 'DISTRICT', 'COMMUNE'));
alter table org_unit drop constraint org_unit_check1;
alter table org_unit add constraint org_unit_root_check
    check ((type in ('COUNTRY', 'CITY')) = (parent_code is null));

-- Attainment reads one period's approved submissions, and checks whether its cached result still
-- holds from the period's count, versions and last update: an index that answers both without
-- touching the table.
create index submission_period_status_org_unit_idx
    on submission (period_code, status, org_unit_code) include (id, version, updated_at);
