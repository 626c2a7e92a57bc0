package app.tandem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.jdbc.Sql;

/**
 * A service integration test against the embedded MariaDB with Liquibase applied. All service tests share
 * this one configuration, so they share one Spring context (and one database): every test starts from
 * empty user and team tables, resets the test clock and leaves no logged-in user behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@Import(TestClockConfig.class)
@Sql(scripts = "/db/empty-tables.sql", executionPhase = Sql.ExecutionPhase.BEFORE_TEST_METHOD)
@ExtendWith(TestUsers.Cleanup.class)
public @interface TandemServiceTest {
}
