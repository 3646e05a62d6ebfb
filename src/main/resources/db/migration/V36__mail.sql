-- Notifications by e-mail (issue 13 item 4). An account may have an e-mail address; messages are composed after the
-- case's transaction commits, from its domain events (the event publication registry), and kept here until delivered:
-- one row per event and recipient (event_key unique, so that an event handled twice composes its mail once), sent by
-- MailDelivery with back-off while the mail server is down. With no mail server configured a message is kept here as
-- KEPT, for the administrator's mailbox page.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);

CREATE TABLE mail_message (
    id              BIGSERIAL    PRIMARY KEY,
    event_key       VARCHAR(200) NOT NULL UNIQUE,
    case_id         UUID         REFERENCES case_file (id),
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    letter_id       BIGINT       REFERENCES case_letter (id),
    status          VARCHAR(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'KEPT', 'FAILED')),
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX mail_message_due_idx ON mail_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_message_created_idx ON mail_message (created_at DESC);
