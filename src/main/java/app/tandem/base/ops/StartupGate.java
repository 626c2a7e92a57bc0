package app.tandem.base.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The start-up work that writes data (the initial administrator, the demo data: runners of order 1 to 99) runs on
 * one node at a time: N nodes started together on an empty database would each find it empty and write it twice.
 * The first node claims the one-off turn {@value #JOB} before those runners and finishes it after them; the others
 * wait for that (Liquibase's own lock has serialised the migration already), then their runners find the data there.
 */
@Configuration(proxyBeanMethods = false)
class StartupGate {

    static final String JOB = "start-up-data";
    static final Instant DUE = Instant.EPOCH;
    /** A node that claimed the start-up work and never finished it is taken over after this (seeding's limit). */
    static final Duration TAKE_OVER_AFTER = Duration.ofMinutes(11);
    private static final Logger log = LoggerFactory.getLogger(StartupGate.class);

    private final JobClaims claims;
    private final AtomicBoolean claimed = new AtomicBoolean();

    StartupGate(JobClaims claims) {
        this.claims = claims;
    }

    /** Blocks until this node may do the start-up work; returns whether it is the node that does it first. */
    boolean enter() throws InterruptedException {
        boolean first = claims.claimOrAwait(JOB, DUE, TAKE_OVER_AFTER, Duration.ofSeconds(1));
        claimed.set(first);
        if (!first) {
            log.info("Start-up data is written (by another node): going on");
        }
        return first;
    }

    void leave() {
        if (claimed.getAndSet(false)) {
            claims.finished(JOB, DUE);
        }
    }

    @Bean
    static Runner startupWorkClaimed(StartupGate gate) {
        return new Runner(0, gate::enter);
    }

    @Bean
    static Runner startupWorkFinished(StartupGate gate) {
        return new Runner(99, gate::leave);
    }

    /** A start-up runner with its place among the others ({@link Ordered}, as an {@code @Order} class would have). */
    record Runner(int order, Step step) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws Exception {
            step.run();
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    interface Step {
        void run() throws Exception;
    }
}
