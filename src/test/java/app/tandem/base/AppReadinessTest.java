package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

/** Scheduled jobs wait for the end of the start (demo data written) before their first turn. */
class AppReadinessTest {

    @Test
    void the_application_is_ready_only_once_the_start_has_finished() {
        AppReadiness readiness = new AppReadiness();
        assertThat(readiness.ready()).isFalse();

        readiness.onReady(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                new GenericApplicationContext(), java.time.Duration.ZERO));

        assertThat(readiness.ready()).isTrue();
    }
}
