-- Spring Modulith's event publication registry (schema-postgresql.sql of spring-modulith-events-jdbc 1.4.4): an
-- event published to an after-commit listener is written here in the publishing transaction and completed when the
-- listener has run; a publication still incomplete at start is published again
-- (spring.modulith.events.republish-outstanding-events-on-restart). The application role reads and writes it through
-- V8's default privileges.
CREATE TABLE IF NOT EXISTS event_publication
(
  id               UUID NOT NULL,
  listener_id      TEXT NOT NULL,
  event_type       TEXT NOT NULL,
  serialized_event TEXT NOT NULL,
  publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
