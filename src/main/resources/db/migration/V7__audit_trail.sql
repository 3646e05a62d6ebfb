-- The audit trail: logins, reads of a case, task actions, administrative changes. Append-only, like the status history.
CREATE TABLE audit_event (
    id      BIGSERIAL    PRIMARY KEY,
    at      TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    actor   VARCHAR(80)  NOT NULL,
    action  VARCHAR(40)  NOT NULL,
    case_id UUID,
    client  VARCHAR(64),
    detail  JSONB        NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_case_idx ON audit_event (case_id, at) WHERE case_id IS NOT NULL;
CREATE INDEX audit_event_actor_idx ON audit_event (actor, at);
CREATE INDEX audit_event_at_idx ON audit_event (at);

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
