package app.tandem.compliance;

import app.tandem.base.DemoMode;
import app.tandem.compliance.domain.ChecklistCategoryRepository;
import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.compliance.domain.ChecklistTemplateRepository;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo checklists, seeded once (after the demo users, teams and improvements) into an empty module, through the
 * real services as the demo users: categories, two published templates (Warehouse safety walk, GDPR monthly
 * check), schedules for the demo teams, and past runs filled in, submitted and signed off (with findings and their
 * corrective actions), one approved miss, one open miss and the runs open now.
 */
@Component
@Conditional(DemoMode.class)
@Order(60)
class ComplianceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ComplianceDemoData.class);

    private final ChecklistCategoryRepository categoryRows;
    private final ChecklistTemplateRepository templateRows;
    private final ChecklistRunRepository runRows;
    private final ChecklistCategoryService categories;
    private final ChecklistTemplateService templates;
    private final ChecklistScheduleService schedules;
    private final ChecklistRunService runs;
    private final RunEvidenceService evidence;
    private final RunSignOffService signOffs;
    private final ComplianceJobs jobs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplianceDemoData(ChecklistCategoryRepository categoryRows, ChecklistTemplateRepository templateRows,
            ChecklistRunRepository runRows, ChecklistCategoryService categories, ChecklistTemplateService templates,
            ChecklistScheduleService schedules, ChecklistRunService runs, RunEvidenceService evidence,
            RunSignOffService signOffs, ComplianceJobs jobs, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.categoryRows = categoryRows;
        this.templateRows = templateRows;
        this.runRows = runRows;
        this.categories = categories;
        this.templates = templates;
        this.schedules = schedules;
        this.runs = runs;
        this.evidence = evidence;
        this.signOffs = signOffs;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        transaction.setTimeout(DemoMode.SEED_TIMEOUT_SECONDS);
        this.clock = clock;
    }

    record Person(long id, String username, String name, Set<Role> roles) {
    }

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Long> teams = new HashMap<>();

    @Override
    public void run(ApplicationArguments args) {
        if (categoryRows.count() > 0 || templateRows.count() > 0) {
            return;
        }
        jdbc.query("select u.id, u.username, u.display_name from app_user u where u.active = true", rs -> {
            long id = rs.getLong(1);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, id)
                    .forEach(r -> roles.add(Role.valueOf(r)));
            people.put(rs.getString(2), new Person(id, rs.getString(2), rs.getString(3), roles));
        });
        jdbc.query("select id, name from team", rs -> {
            teams.put(rs.getString(2), rs.getLong(1));
        });
        if (!people.keySet().containsAll(List.of("admin", "officer", "staff", "supervisor"))
                || !teams.keySet().containsAll(List.of("Sales East", "Operations", "Compliance"))) {
            return;
        }
        try {
            seed();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> category = new HashMap<>();
        as("admin", () -> {
            for (String name : List.of("Safety", "Quality", "Data protection", "Finance")) {
                category.put(name, categories.create(name).id());
            }
            return null;
        });
        long walk = as("officer", () -> warehouseWalk(category.get("Safety")));
        long gdpr = as("officer", () -> gdprCheck(category.get("Data protection")));

        long weekly = as("officer", () -> schedules.save(new ScheduleData(null, 0, walk, teams.get("Sales East"),
                id("staff"), new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY), null,
                        today.minusWeeks(7), null), 5, true)).id());
        long monthly = as("officer", () -> schedules.save(new ScheduleData(null, 0, gdpr, teams.get("Compliance"),
                id("officer"), new RecurrenceRule(Recurrence.MONTHLY, Set.of(), 1,
                        today.withDayOfMonth(1).minusMonths(4), null), 10, true)).id());
        as("officer", () -> schedules.save(new ScheduleData(null, 0, walk, teams.get("Operations"),
                id("supervisor"), new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.THURSDAY), null,
                        today.minusWeeks(1), null), 2, true)));

        // the weekly walk's past Mondays: filled in by staff, most signed off; one never done
        List<LocalDate> mondays = new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY), null,
                today.minusWeeks(7), null).occurrences(today.minusWeeks(7), today.minusDays(6));
        String signer = people.containsKey("auditor") ? "auditor" : "officer";
        for (int i = 0; i < mondays.size(); i++) {
            LocalDate monday = mondays.get(i);
            long run = openPast(weekly, walk, "Sales East", "staff", monday, 5);
            if (i == 2 || i == mondays.size() - 1) {
                continue;
            }
            boolean exitBlocked = i == 1;
            boolean fridgeWarm = i >= 3;
            as("staff", () -> fillWalk(run, exitBlocked, fridgeWarm, monday));
            if (i < mondays.size() - 2) {
                as(signer, () -> signOffs.signOff(run, runs.load(run).version()));
            }
        }
        // the monthly GDPR check, filled in by the officer and signed off by the auditor (four eyes)
        List<LocalDate> firsts = new RecurrenceRule(Recurrence.MONTHLY, Set.of(), 1,
                today.withDayOfMonth(1).minusMonths(4), null).occurrences(today.minusMonths(4), today.minusDays(11));
        for (int i = 0; i < firsts.size(); i++) {
            LocalDate first = firsts.get(i);
            long run = openPast(monthly, gdpr, "Compliance", "officer", first, 10);
            boolean leaverLate = i == firsts.size() - 1;
            as("officer", () -> fillGdpr(run, leaverLate, first));
            if (people.containsKey("auditor") && i < firsts.size() - 1) {
                as("auditor", () -> signOffs.signOff(run, runs.load(run).version()));
            }
        }
        jobs.runOnce();
        List<Long> missed = jdbc.queryForList("select id from compliance_run where status = 'MISSED' order by "
                + "occurrence_date", Long.class);
        if (!missed.isEmpty()) {
            as("officer", () -> signOffs.approveMiss(missed.getFirst(),
                    "Warehouse closed for the annual stocktake; walk done with the fire brigade instead."));
        }
        backdate();
        log.info("Demo data: {} checklist runs of {} templates", runRows.count(), templateRows.count());
    }

    private long warehouseWalk(long category) {
        long template = templates.create(new TemplateDraft("Warehouse safety walk", category,
                "Weekly walk through the warehouse: exits, fire safety, storage and equipment."));
        long draft = templates.draftFor(template);
        long exits = templates.addSection(draft, "Aisles and exits");
        templates.saveItem(exits, item("Aisles and walkways are clear", "No pallets, boxes or cables in the way.",
                ItemRule.passFail().withWeight(2).withEvidenceAndNoteRules(true, false, false)));
        templates.saveItem(exits, item("Emergency exits are unobstructed and signs are lit", null,
                ItemRule.passFail().withWeight(5).asCritical().withEvidenceAndNoteRules(true, true, false)));
        templates.saveItem(exits, item("Fire extinguishers are in place with a valid inspection tag", null,
                new ItemRule(ResponseType.YES_NO_NA, true, 3, false, "NO", null, null, List.of(), true, false,
                        false)));
        long storage = templates.addSection(draft, "Storage");
        templates.saveItem(storage, new TemplateItemData(null, "Cold store temperature", "Read the display at the "
                + "door.", "°C", new ItemRule(ResponseType.NUMBER, true, 2, false, null, new BigDecimal("2"),
                        new BigDecimal("8"), List.of(), true, false, false)));
        templates.saveItem(storage, item("Condition of the racking", null, new ItemRule(ResponseType.CHOICE, true, 2,
                false, null, null, null, List.of(new ChoiceOption("Good", true), new ChoiceOption("Minor wear", true),
                        new ChoiceOption("Damaged", false)), true, true, false)));
        templates.saveItem(storage, item("Forklift daily check done", null, new ItemRule(ResponseType.YES_NO_NA, true,
                1, false, "NO", null, null, List.of(), false, false, false)));
        long remarks = templates.addSection(draft, "Remarks");
        templates.saveItem(remarks, item("Anything else you noticed", null, new ItemRule(ResponseType.TEXT, false, 1,
                false, null, null, null, List.of(), false, false, false)));
        templates.publish(draft);
        return template;
    }

    private long gdprCheck(long category) {
        long template = templates.create(new TemplateDraft("GDPR monthly check", category,
                "Monthly data protection check of access, paper records, backups and the processing register."));
        long draft = templates.draftFor(template);
        long access = templates.addSection(draft, "Access");
        templates.saveItem(access, item("Accounts of leavers were disabled within 24 hours", null,
                new ItemRule(ResponseType.YES_NO_NA, true, 5, true, "NO", null, null, List.of(), true, false,
                        false)));
        templates.saveItem(access, item("Clean desk: no personal data left out", null,
                ItemRule.passFail().withWeight(2)));
        long records = templates.addSection(draft, "Records");
        templates.saveItem(records, item("Date of the last backup restore test", null, new ItemRule(ResponseType.DATE,
                true, 1, false, null, null, null, List.of(), false, false, false)));
        templates.saveItem(records, new TemplateItemData(null, "Open data subject requests", null, "requests",
                new ItemRule(ResponseType.NUMBER, true, 2, false, null, null, new BigDecimal("5"), List.of(), true,
                        false, false)));
        templates.saveItem(records, item("Processing register is up to date", "Attach the current register.",
                new ItemRule(ResponseType.YES_NO_NA, true, 3, false, "NO", null, null, List.of(), false, false,
                        true)));
        templates.publish(draft);
        return template;
    }

    private static TemplateItemData item(String prompt, @Nullable String help, ItemRule rule) {
        return new TemplateItemData(null, prompt, help, null, rule);
    }

    private long openPast(long schedule, long template, String team, String assignee, LocalDate occurrence,
            int window) {
        long version = jdbc.queryForObject("select max(id) from compliance_template_version where template_id = ?"
                + " and status = 'PUBLISHED'", Long.class, template);
        transaction.executeWithoutResult(t -> runRows.openIfAbsent(schedule, template, version, teams.get(team),
                id(assignee), occurrence, RecurrenceRule.dueDate(occurrence, window), clock.instant()));
        return jdbc.queryForObject("select id from compliance_run where schedule_id = ? and occurrence_date = ?",
                Long.class, schedule, occurrence);
    }

    private Void fillWalk(long run, boolean exitBlocked, boolean fridgeWarm, LocalDate day) {
        RunView view = runs.start(run);
        for (RunView.Item item : view.items().toList()) {
            long id = item.item().id();
            String prompt = item.item().prompt();
            if (prompt.startsWith("Emergency exits")) {
                runs.answer(run, id, exitBlocked ? "FAIL" : "PASS");
                if (exitBlocked) {
                    runs.note(run, id, "Two pallets in front of exit B; moved them and told the shift lead.");
                    evidence.addEvidence(run, id, "exit-b.png", picture("Exit B blocked by pallets"), day, null);
                }
            } else if (prompt.startsWith("Cold store")) {
                runs.answer(run, id, fridgeWarm ? "9.5" : "4.5");
                if (fridgeWarm) {
                    runs.note(run, id, "Door seal worn; maintenance informed.");
                }
            } else if (prompt.startsWith("Condition")) {
                runs.answer(run, id, "Minor wear");
            } else if (prompt.startsWith("Fire extinguishers") || prompt.startsWith("Forklift")) {
                runs.answer(run, id, "YES");
                if (prompt.startsWith("Fire extinguishers")) {
                    evidence.addEvidence(run, id, "extinguisher-tag.png", picture("Inspection tag"),
                            day.minusMonths(11), day.minusMonths(11).plusYears(1));
                }
            } else if (item.item().rule().type() == ResponseType.PASS_FAIL_NA) {
                runs.answer(run, id, "PASS");
            }
        }
        runs.submit(run);
        return null;
    }

    private Void fillGdpr(long run, boolean leaverLate, LocalDate day) {
        RunView view = runs.start(run);
        for (RunView.Item item : view.items().toList()) {
            long id = item.item().id();
            String prompt = item.item().prompt();
            switch (item.item().rule().type()) {
                case YES_NO_NA -> {
                    boolean fails = leaverLate && prompt.startsWith("Accounts");
                    runs.answer(run, id, fails ? "NO" : "YES");
                    if (fails) {
                        runs.note(run, id, "HR told IT three days late about one leaver.");
                    }
                    if (prompt.startsWith("Processing register")) {
                        evidence.addEvidence(run, id, "processing-register.pdf", pdf("Processing register " + day), day,
                                day.plusMonths(1));
                    }
                }
                case DATE -> runs.answer(run, id, day.minusDays(12).toString());
                case NUMBER -> runs.answer(run, id, "2");
                default -> runs.answer(run, id, "PASS");
            }
        }
        runs.submit(run);
        return null;
    }

    /** Past runs were filled in the day after they opened, not during the seeding. */
    private void backdate() {
        jdbc.update("""
                update compliance_run set started_at = timestamp(occurrence_date + interval 1 day, '08:30:00'),
                    submitted_at = timestamp(occurrence_date + interval 1 day, '09:10:00')
                where submitted_at is not null and occurrence_date < ?
                """, LocalDate.now(clock).minusDays(3));
        jdbc.update("""
                update compliance_run_event e join compliance_run r on r.id = e.run_id
                set e.happened_at = case e.kind
                    when 'STARTED' then r.started_at
                    when 'SUBMITTED' then r.submitted_at
                    when 'SIGNED_OFF' then r.submitted_at + interval 2 day
                    else e.happened_at end
                where r.submitted_at is not null and r.started_at is not null
                """);
        jdbc.update("""
                update compliance_answer a join compliance_run r on r.id = a.run_id
                set a.answered_at = r.started_at + interval 10 minute where r.started_at is not null
                """);
    }

    private long id(String username) {
        return people.get(username).id();
    }

    private <T> T as(String username, Supplier<T> action) {
        Person p = people.get(username);
        TandemUser user = new TandemUser(p.id(), p.username(), p.name(), null, p.roles(), true, false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] picture(String caption) {
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8EEF4));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new Color(0x1F4E79));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(caption, 24, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF with a line of text, written by hand (offsets computed), so no PDF library is needed. */
    static byte[] pdf(String text) {
        String safe = text.replaceAll("[()\\\\]", "");
        String stream = "BT /F1 18 Tf 72 720 Td (" + safe + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
