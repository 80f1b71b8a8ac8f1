-- Every change to the data that attainment is computed from is announced on the channel
-- gep_changes when its transaction commits, whichever instance (or SQL session) made it, so that
-- each API instance can drop what it cached from the old data (common/changes/DataChanges).
--   's:<period>'  submissions of that period changed; every change to values goes with a change to
--                 their submission (version, updated_at), so submission_value has no trigger of its
--                 own: its transition tables halved the speed of COPY (benchmarks/README.md)
--   'r'           reference data changed: org units, periods, plans, targets, reporters, indicators
--   '*'           anything may have changed (a truncate)
-- PostgreSQL delivers a transaction's notifications only after it commits, in commit order, and
-- folds identical ones of one transaction into one. Statement-level triggers keep the cost to one
-- notification per period per statement, however many rows an import writes.

create function gep_notify_submission_rows() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform pg_notify('gep_changes', 's:' || p) from (select distinct period_code p from old_rows) d;
  else
    perform pg_notify('gep_changes', 's:' || p) from (select distinct period_code p from new_rows) d;
  end if;
  return null;
end $$;

create function gep_notify_all() returns trigger language plpgsql as $$
begin
  perform pg_notify('gep_changes', tg_argv[0]);
  return null;
end $$;

create trigger submission_inserted after insert on submission
  referencing new table as new_rows for each statement execute function gep_notify_submission_rows();
create trigger submission_updated after update on submission
  referencing new table as new_rows for each statement execute function gep_notify_submission_rows();
create trigger submission_deleted after delete on submission
  referencing old table as old_rows for each statement execute function gep_notify_submission_rows();
create trigger submission_truncated after truncate on submission
  for each statement execute function gep_notify_all('*');

create trigger org_unit_changed after insert or update or delete or truncate on org_unit
  for each statement execute function gep_notify_all('r');
create trigger period_changed after insert or update or delete or truncate on period
  for each statement execute function gep_notify_all('r');
create trigger plan_changed after insert or update or delete or truncate on plan
  for each statement execute function gep_notify_all('r');
create trigger target_changed after insert or update or delete or truncate on target
  for each statement execute function gep_notify_all('r');
create trigger plan_reporter_changed after insert or update or delete or truncate on plan_reporter
  for each statement execute function gep_notify_all('r');
create trigger indicator_changed after insert or update or delete or truncate on indicator
  for each statement execute function gep_notify_all('r');
create trigger objective_changed after insert or update or delete or truncate on objective
  for each statement execute function gep_notify_all('r');
create trigger category_changed after insert or update or delete or truncate
  on disaggregation_category for each statement execute function gep_notify_all('r');
create trigger indicator_disaggregation_changed after insert or update or delete or truncate
  on indicator_disaggregation for each statement execute function gep_notify_all('r');
create trigger national_milestone_changed after insert or update or delete or truncate
  on national_milestone for each statement execute function gep_notify_all('r');
