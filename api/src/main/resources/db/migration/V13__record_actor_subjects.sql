-- Who made a change is recorded by the token's subject (actor_id), which stays with the person;
-- the user name beside it is only shown. A user re-created under the same name gets a new subject
-- and so neither inherits the history nor replays the idempotency receipts of the old one.
-- Rows written before this migration never knew the subject: their actor_id stays null (a name
-- there would pretend to be an identity); rules that compare people fall back to the name for them.
alter table submission_event add column actor_id varchar(255);
alter table target_change add column changed_by_id varchar(255);
alter table milestone_change add column changed_by_id varchar(255);
alter table report_draft_change add column changed_by_id varchar(255);

-- Receipts are scoped by the caller's subject. Old receipts are keyed by the only thing they knew,
-- the name, so that none is lost before it expires; a subject is never a user name in practice.
alter table idempotency_record add column principal_id varchar(255);
update idempotency_record set principal_id = principal;
alter table idempotency_record alter column principal_id set not null;
alter table idempotency_record drop constraint idempotency_record_pkey;
alter table idempotency_record add primary key (principal_id, idempotency_key);
