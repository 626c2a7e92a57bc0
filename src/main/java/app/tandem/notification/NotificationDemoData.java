package app.tandem.notification;

import app.tandem.base.NotificationKind;
import app.tandem.base.DemoMode;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo notifications, after all other demo data (whose seeding through the real services already told people about
 * feedback, findings, sign-offs and approvals): the due-soon and overdue ones of today, and for {@code staff} their
 * newest deal and the newest feedback they may read, so that the bell has something to show. Every row has a dedup
 * key, so a restart adds nothing twice.
 */
@Component
@Conditional(DemoMode.class)
@Order(90)
class NotificationDemoData implements ApplicationRunner {

    private final NotificationJobs jobs;
    private final NotificationWriter writer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    NotificationDemoData(NotificationJobs jobs, NotificationWriter writer, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        transaction.setTimeout(DemoMode.SEED_TIMEOUT_SECONDS);
    }

    @Override
    public void run(ApplicationArguments args) {
        jobs.runOnce();
        List<Long> staff = jdbc.queryForList("select id from app_user where username = 'staff'", Long.class);
        List<Long> supervisor = jdbc.queryForList("select id from app_user where username = 'supervisor'",
                Long.class);
        if (staff.isEmpty() || supervisor.isEmpty()) {
            return;
        }
        long me = staff.getFirst();
        transaction.executeWithoutResult(status -> {
            for (Map<String, Object> deal : jdbc.queryForList(
                    "select id, name from deal where owner_id = ? order by id desc limit 1", me)) {
                writer.write(List.of(me), new NotificationWriter.Message(NotificationKind.ASSIGNED,
                        RecordTypes.DEAL, ((Number) deal.get("id")).longValue(), (String) deal.get("name"),
                        supervisor.getFirst(), "Sam Supervisor", "DEMO:DEAL:" + deal.get("id")));
            }
            for (Map<String, Object> feedback : jdbc.queryForList("""
                    select f.id, f.text, u.display_name from feedback f join app_user u on u.id = f.giver_id
                    where f.recipient_id = ? and f.visibility <> 'MANAGER_ONLY' order by f.id desc limit 1
                    """, me)) {
                writer.write(List.of(me), new NotificationWriter.Message(NotificationKind.FEEDBACK_RECEIVED,
                        RecordTypes.FEEDBACK, ((Number) feedback.get("id")).longValue(), (String) feedback.get("text"),
                        null, (String) feedback.get("display_name"), "DEMO:FEEDBACK:" + feedback.get("id")));
            }
        });
    }
}
