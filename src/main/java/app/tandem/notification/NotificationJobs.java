package app.tandem.notification;

import app.tandem.base.NotificationKind;
import app.tandem.base.AppReadiness;
import app.tandem.base.DueReminders;
import app.tandem.base.ops.JobClaims;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Due soon and overdue: tells owners what each feature's {@link DueReminders} find (planned CRM activities due within
 * 24 hours or overdue, checklist runs due today or tomorrow or overdue, and improvement items, corrective actions too,
 * past their due date). Overdue records are looked for up to {@value #LOOK_BACK_DAYS} days back. Idempotent and safe
 * with two app instances: each row has the key (user, kind, record, due day), unique in the table, and is written only
 * when absent, so a second pass or a second instance writes nothing. Each record is written in its own transaction:
 * one that fails is logged with its key and the pass goes on. Runs every quarter hour ({@code
 * tandem.notify.scheduler.cron}) on one node per due time ({@link JobClaims}); tests call {@link #runOnce()}.
 */
@Component
public class NotificationJobs {

    static final int LOOK_BACK_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);
    /** The system acts as an administrator without a user row: the modules' due-date queries are for admins. */
    private static final TandemUser SYSTEM = new TandemUser(-1, "tandem-notifications", "Tandem", null,
            Set.of(Role.ADMIN), true, false);

    private final List<DueReminders> features;
    private final NotificationWriter writer;
    private final Clock clock;
    private final TransactionTemplate transaction;

    NotificationJobs(List<DueReminders> features, NotificationWriter writer, Clock clock,
            PlatformTransactionManager transactions) {
        this.features = features;
        this.writer = writer;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One pass; returns how many notifications it wrote (0 when it already ran for these records today). */
    public int runOnce() {
        int written = asSystem(() -> {
            LocalDateTime now = LocalDateTime.now(clock);
            List<DueReminders.Reminder> due = features.stream()
                    .flatMap(feature -> feature.dueReminders(now, LOOK_BACK_DAYS).stream()).toList();
            int n = 0;
            for (DueReminders.Reminder r : due) {
                n += write(r.ownerId(), r.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON,
                        r.recordType(), r.recordId(), r.title(), r.record());
            }
            return n;
        });
        if (written > 0) {
            log.info("{} due-soon/overdue notification(s) written", written);
        }
        return written;
    }

    /** One record in its own transaction: a record that fails is logged and the pass goes on with the next. */
    private int write(long ownerId, NotificationKind kind, String recordType, long recordId, String title,
            String record) {
        String key = kind.name() + ":" + record;
        try {
            Integer written = transaction.execute(status -> writer.write(List.of(ownerId),
                    new NotificationWriter.Message(kind, recordType, recordId, title, null, null, key)));
            return written == null ? 0 : written;
        } catch (DuplicateKeyException e) {
            return 0;
        } catch (RuntimeException e) {
            log.warn("Notification {} for user {} not written: {}", key, ownerId, e.toString());
            return 0;
        }
    }

    private static <T> T asSystem(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs the pass regularly; tests give it a cron that does not fire during a test. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final String JOB = "due-notifications";
        static final String CRON = "${tandem.notify.scheduler.cron:0 */15 * * * *}";

        private final NotificationJobs jobs;
        private final AppReadiness readiness;
        private final JobClaims claims;
        private final String cron;

        Schedule(NotificationJobs jobs, AppReadiness readiness, JobClaims claims, @Value(CRON) String cron) {
            this.jobs = jobs;
            this.readiness = readiness;
            this.claims = claims;
            this.cron = cron;
        }

        @Scheduled(cron = CRON)
        void run() {
            if (!readiness.ready()) {
                return;
            }
            try {
                claims.runDueTurn(JOB, cron, jobs::runOnce);
            } catch (RuntimeException e) {
                log.warn("Due-date notifications failed this time: {}", e.getMessage());
            }
        }
    }
}
