-- Issue 17: what the inbox reads of each open task that never changes while the task is open — its case, and for a
-- task on a person's track the person and the person's name (a reported person's name is never changed) — kept in one
-- row per task by TaskSubjects (written when the engine creates the task, removed when it completes or is deleted), so
-- that a page of 500 tasks reads one row a task instead of the task's process instance, its person's tag and the person
-- (docs/performance.md). The inbox falls back to those reads for a task without its row: the row only makes it faster.
-- Rows for the tasks open at the upgrade are written at start, by TaskSubjects, once the engine's tables exist.
CREATE TABLE task_subject (
    task_id     VARCHAR(64) COLLATE "C" NOT NULL,
    case_id     UUID         NOT NULL,
    person_id   UUID,
    person_name TEXT,
    CONSTRAINT task_subject_pkey PRIMARY KEY (task_id) INCLUDE (case_id, person_id, person_name)
);
