-- The case's milestones (registered, forwarded, recommendation issued, PPK deadline passed, follow-up verified,
-- closed), written after commit from the domain events by casefile.CaseTimeline. A listener runs at least once: the
-- key (case, milestone, when) makes a repeated delivery write nothing.
CREATE TABLE case_timeline
(
    case_id     UUID        NOT NULL REFERENCES case_file (id),
    milestone   VARCHAR(40) NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    detail      JSONB       NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, milestone, occurred_at)
);
