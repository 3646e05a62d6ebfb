package id.netra.bench;

/** One way of carrying a case from report to its sanctioned closing; returns the task completions it took. */
interface CaseWorkload {

    int TASKS_PER_CASE = 8;

    int runCase(int sequence);

    String name();
}
