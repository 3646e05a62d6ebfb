package id.netra.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;

/** Base of tests over real HTTP on the embedded PostgreSQL: one application context for all of them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClock.Configuration.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected JdbcClient jdbc;
    /** The service's clock: a test may set it; it is the system's again after every test. */
    @Autowired
    protected TestClock clock;

    /** The schema's owner, which runs the migrations: for tests that go around the application's own role. */
    @Autowired
    @FlywayDataSource
    protected DataSource ownerDataSource;

    protected JdbcClient owner;
    protected Api api;
    protected CaseDriver driver;

    @BeforeEach
    void client() {
        // The code that is no bean reads the clock of the context that started last (a class with a context of its own
        // may have started one since): this context's, whose clock the test may move.
        id.netra.platform.Today.use(clock);
        api = Api.anonymous(port);
        owner = JdbcClient.create(ownerDataSource);
        driver = new CaseDriver(api, runtimeService, managementService, jdbc);
    }

    @org.junit.jupiter.api.AfterEach
    void systemClockAgain() {
        clock.reset();
        // A test that moved the clock ahead made tasks created in the future: they would head every other test's inbox
        // sorted newest first. Their cases end here (their case files stay).
        jdbc.sql("SELECT DISTINCT proc_inst_id_ FROM act_ru_task WHERE create_time_ > :soon")
                .param("soon", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60))).query(String.class).list()
                .forEach(pi -> runtimeService.deleteProcessInstanceIfExists(pi, "a test's case from the future", true, true, true, true));
        // Their case files, stamped received by that clock, would head every other test's case search sorted newest
        // first: they are taken as received now.
        jdbc.sql("UPDATE case_file SET created_at = :now WHERE created_at > :soon")
                .param("now", java.sql.Timestamp.from(java.time.Instant.now()))
                .param("soon", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60))).update();
    }
}
