#!/bin/sh
# Runs once, when the database volume is first initialised: the role Netra's application connects as. Migrations run
# as the owner (POSTGRES_USER) and grant it what it may do; it can never change or delete the audit trail.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$NETRA_APP_DB_PASSWORD" <<'SQL'
CREATE ROLE netra_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
GRANT CONNECT ON DATABASE netra TO netra_app;
SQL
