-- The application runs as its own database role (${appRole}), not as the owner of the schema that runs these
-- migrations. It may read and write the case file, but it can neither change nor delete a row of the audit trail or
-- the status history, nor alter, disable or drop their triggers: only an owner can, and the triggers refuse the owner.
-- When both are the same role (a single-account setup, see docs/security.md) there is nothing to grant.
DO $$
DECLARE
    app  TEXT := '${appRole}';
BEGIN
    IF app = current_user THEN
        RAISE NOTICE 'Netra runs as the schema owner %: the audit trail is protected by its triggers only', app;
        RETURN;
    END IF;
    -- The engine keeps its own tables and creates or upgrades them at start, as the application.
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    -- Regions may be added (a new region), never changed or removed; the catalogues belong to the migrations.
    EXECUTE format('REVOKE UPDATE, DELETE ON region FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON violation_type, sanction_class FROM %I', app);
    -- Append-only: the application may add and read, nothing more.
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_event, case_status_history FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    -- Tables of later migrations: read and write by default; an append-only one revokes UPDATE and DELETE itself.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
END
$$;
