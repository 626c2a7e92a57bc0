package app.tandem.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TestUsers;
import app.tandem.base.OffsetRequest;
import app.tandem.base.db.ListQuery;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.FindingListItem;
import app.tandem.compliance.FindingService;
import app.tandem.compliance.RunFilter;
import app.tandem.compliance.RunListItem;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.domain.ComplianceListQueries;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealListItem;
import app.tandem.crm.DealService;
import app.tandem.crm.DueActivity;
import app.tandem.crm.domain.CrmListQueries;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemListItem;
import app.tandem.improvement.domain.ItemListQuery;
import app.tandem.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every main grid at a million rows, first page and deep pages, three ways, interleaved: our service call (method
 * security, record scope, the deferred join of ListQuery), the plain query (the same SQL in one statement, what
 * the lists ran before), and the best raw SQL for the same rows (a deferred join on the fitting index, written by
 * hand, over plain JDBC). Ours and raw must return the same ids. Target: ours at most max(1.5 x raw, raw + 5 ms).
 * Writes a markdown table to {@code benchmark.grid-output} (default target/grid-benchmark.md); run with
 * {@code ./mvnw -Pbenchmark test -Dtest=GridBenchmark -Dbenchmark.data-dir=DIR} on the large database.
 */
@SpringBootTest(properties = {
    "tandem.embedded-db.data-dir=${benchmark.data-dir:/work/bench-db}",
    "tandem.embedded-db.ephemeral=false",
    "tandem.embedded-db.database-per-context=false",
    "tandem.embedded-db.buffer-pool-size=${benchmark.buffer-pool-size:4G}",
    "tandem.demo-data=false",
    "logging.level.app.tandem=WARN"})
class GridBenchmark {

    static final int SIZE = 50;
    static final long MEASURE_MS = Long.getLong("benchmark.measure-ms", 2000);
    static final long WARMUP_MS = Long.getLong("benchmark.warmup-ms", 1500);
    static final int MIN_RUNS = 5;
    static final Set<RunStatus> FILLABLE = EnumSet.of(RunStatus.OPEN, RunStatus.IN_PROGRESS);

    @Autowired AccountService accounts;
    @Autowired ContactService contacts;
    @Autowired DealService deals;
    @Autowired ActivityService activities;
    @Autowired ImprovementService items;
    @Autowired ChecklistRunService runs;
    @Autowired FindingService findings;
    @Autowired CrmListQueries crmLists;
    @Autowired ItemListQuery itemList;
    @Autowired ComplianceListQueries complianceLists;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    record User(long id, String username, Set<Role> roles, long teamId, boolean all, String label) {
    }

    /** One page three ways; {@code raw} is SQL with ? parameters whose first column is the id. */
    record Case(String list, User user, String what, long offset, Supplier<List<?>> ours, Supplier<List<?>> plain,
            String raw, Object[] params) {
    }

    record Result(Case c, double ours, double plain, double raw, int runs) {
        double target() {
            return Math.max(1.5 * raw, raw + 5);
        }
    }

    @Test
    void every_grid_ours_versus_the_plain_query_versus_the_best_raw_sql() throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        User manager = user("manager", EnumSet.of(Role.MANAGER), true, "manager (all)");
        User staff = user("staff", EnumSet.of(Role.STAFF), false, "staff (team + own)");
        User officer = user("officer", EnumSet.of(Role.COMPLIANCE_OFFICER, Role.STAFF), true, "officer (all)");
        User supervisor = user("supervisor", EnumSet.of(Role.SUPERVISOR, Role.STAFF), false,
                "supervisor (own + team)");
        long east = jdbc.queryForObject("select id from team where name = 'Sales East'", Long.class);
        long proposal = jdbc.queryForObject("select id from pipeline_stage where name = 'Proposal'", Long.class);
        List<Case> cases = new ArrayList<>();
        for (long offset : new long[] {0, 50_000, 500_000}) {
            for (User u : offset == 500_000 ? List.of(manager) : List.of(manager, staff)) {
                cases.add(offset == 500_000 ? accountsAll(u, offset) : accountsCustomers(u, offset));
                cases.add(offset == 500_000 ? contactsAll(u, offset) : contactsOfTeam(u, east, offset));
                cases.add(offset == 500_000 ? dealsAll(u, offset) : dealsInStage(u, proposal, offset));
                if (offset == 0 || u.all()) {
                    cases.add(items(u, offset));
                }
            }
            for (User u : offset == 0 ? List.of(officer, supervisor) : List.of(officer)) {
                cases.add(runs(u, offset));
            }
            if (offset < 500_000) {
                cases.add(findings(officer, offset));
            }
        }
        cases.add(myActivities(staff));
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            results.add(measure(c));
            Result r = results.getLast();
            System.out.printf(Locale.ROOT, "%-9s %-24s %-44s ours %9.2f plain %9.2f raw %9.2f %s%n", c.list(),
                    c.user().label(), c.what(), r.ours(), r.plain(), r.raw(), r.ours() <= r.target() ? "met" : "MISSED");
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        StringBuilder md = new StringBuilder();
        md.append("Load average (1, 5, 15 min) before / after: ").append(loadBefore).append(" / ").append(loadAfter)
                .append("\n\n| list | user | page | rows | runs | ours (service) | plain query | best raw SQL |"
                        + " target (max(1.5 x raw, raw + 5 ms)) | |\n|---|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %s |%n",
                    r.c().list(), r.c().user().label(), r.c().what(), r.c().ours().get().size(), r.runs(), r.ours(),
                    r.plain(), r.raw(), r.target(), r.ours() <= r.target() ? "met" : "**missed**"));
        }
        Path out = Path.of(System.getProperty("benchmark.grid-output", "target/grid-benchmark.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    // --- the cases -------------------------------------------------------------------------------------

    private Case accountsCustomers(User u, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by("name", "id"));
        return new Case("accounts", u, "status = CUSTOMER, sort name, " + label(offset), offset,
                () -> as(u, () -> accounts.list(new AccountFilter(null, AccountStatus.CUSTOMER, null, null), page)
                        .getContent()),
                () -> crmLists.accounts(u.all(), u.id(), null, AccountStatus.CUSTOMER, null, null, page,
                        ListQuery.Mode.PLAIN).getContent(),
                accountsRaw("status = ? " + scope(u)), params(u, "CUSTOMER", offset));
    }

    private Case accountsAll(User u, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by("name", "id"));
        return new Case("accounts", u, "no filter, sort name, " + label(offset), offset,
                () -> as(u, () -> accounts.list(AccountFilter.any(), page).getContent()),
                () -> crmLists.accounts(true, u.id(), null, null, null, null, page, ListQuery.Mode.PLAIN).getContent(),
                accountsRaw("1 = 1"), new Object[] {SIZE + 1, offset});
    }

    private static String accountsRaw(String where) {
        return """
                select a.id, a.name, a.domain, a.industry, a.city, a.status, a.owner_id, o.display_name, a.team_id
                from (select id from account where %s order by name, id limit ? offset ?) k
                join account a on a.id = k.id join app_user o on o.id = a.owner_id order by a.name, a.id"""
                .formatted(where);
    }

    private Case contactsOfTeam(User u, long team, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by("lastName", "firstName", "id"));
        return new Case("contacts", u, "team = Sales East, sort last, first name, " + label(offset), offset,
                () -> as(u, () -> contacts.list(new ContactFilter(null, null, null, team), page).getContent()),
                () -> crmLists.contacts(u.all(), u.id(), null, null, null, team, page, ListQuery.Mode.PLAIN)
                        .getContent(),
                contactsRaw("team_id = ? " + scope(u)), params(u, team, offset));
    }

    private Case contactsAll(User u, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by("lastName", "firstName", "id"));
        return new Case("contacts", u, "no filter, sort last, first name, " + label(offset), offset,
                () -> as(u, () -> contacts.list(ContactFilter.any(), page).getContent()),
                () -> crmLists.contacts(true, u.id(), null, null, null, null, page, ListQuery.Mode.PLAIN).getContent(),
                contactsRaw("1 = 1"), new Object[] {SIZE + 1, offset});
    }

    private static String contactsRaw(String where) {
        return """
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.job_title, c.account_id, a.name,
                       c.owner_id, o.display_name
                from (select id from contact where %s order by last_name, first_name, id limit ? offset ?) k
                join contact c on c.id = k.id join app_user o on o.id = c.owner_id
                left join account a on a.id = c.account_id order by c.last_name, c.first_name, c.id"""
                .formatted(where);
    }

    private Case dealsInStage(User u, long stage, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by("expectedCloseDate", "id"));
        return new Case("deals", u, "stage = Proposal, sort close date, " + label(offset), offset,
                () -> as(u, () -> deals.list(new DealFilter(null, stage, null, null, null, null, null, false), page)
                        .getContent()),
                () -> crmLists.deals(u.all(), u.id(), null, stage, null, null, null, null, null, false, page,
                        ListQuery.Mode.PLAIN).getContent(),
                dealsRaw("stage_id = ? " + scope(u), "expected_close_date"), params(u, stage, offset));
    }

    private Case dealsAll(User u, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by("name", "id"));
        return new Case("deals", u, "no filter, sort name, " + label(offset), offset,
                () -> as(u, () -> deals.list(DealFilter.any(), page).getContent()),
                () -> crmLists.deals(true, u.id(), null, null, null, null, null, null, null, false, page,
                        ListQuery.Mode.PLAIN).getContent(),
                dealsRaw("1 = 1", "name"), new Object[] {SIZE + 1, offset});
    }

    private static String dealsRaw(String where, String sort) {
        return """
                select d.id, d.name, a.name, d.amount, s.name, d.probability, d.amount * d.probability / 100,
                       d.expected_close_date, o.display_name
                from (select id from deal where %1$s order by %2$s, id limit ? offset ?) k
                join deal d on d.id = k.id join account a on a.id = d.account_id
                join pipeline_stage s on s.id = d.stage_id join app_user o on o.id = d.owner_id
                order by d.%2$s, d.id""".formatted(where, sort);
    }

    private Case items(User u, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        LocalDate today = LocalDate.now(clock);
        Long team = u.all() ? null : u.teamId();
        String scope = u.all() ? "1 = 1" : """
                (team_id = ? or submitter_id = ? or owner_id = ? or approver_id = ?
                 or exists (select 1 from improvement_action x where x.item_id = improvement_item.id and x.owner_id = ?))""";
        Object[] params = u.all() ? new Object[] {SIZE + 1, offset}
                : new Object[] {u.teamId(), u.id(), u.id(), u.id(), u.id(), SIZE + 1, offset};
        return new Case("items", u, "no filter, newest first, " + label(offset), offset,
                () -> as(u, () -> items.list(ItemFilter.any(), page).getContent()),
                () -> itemList.page(u.all(), u.id(), team, null, ItemFilter.any(), today, clock.getZone(), page,
                        ListQuery.Mode.PLAIN).getContent(),
                """
                select i.id, i.title, a.name, t.name, o.display_name,
                       coalesce((select sum(m.target_value * (case m.recurrence when 'MONTHLY' then 12 else 1 end))
                                 from improvement_impact m where m.item_id = i.id and m.unit = 'MONEY'), 0)
                from (select id from improvement_item where %s order by created_at desc, id desc limit ? offset ?) k
                join improvement_item i on i.id = k.id join app_user o on o.id = i.owner_id
                left join improvement_area a on a.id = i.area_id left join team t on t.id = i.team_id
                order by i.created_at desc, i.id desc""".formatted(scope), params);
    }

    private Case runs(User u, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by(Sort.Order.desc("dueOn"), Sort.Order.desc("id")));
        LocalDate today = LocalDate.now(clock);
        boolean teamReader = u.roles().contains(Role.SUPERVISOR);
        String scope = u.all() ? "1 = 1" : """
                (assignee_id = ? or team_id = ?
                 or exists (select 1 from team st where st.id = compliance_run.team_id and st.supervisor_id = ?))""";
        Object[] params = u.all() ? new Object[] {SIZE + 1, offset}
                : new Object[] {u.id(), u.teamId(), u.id(), SIZE + 1, offset};
        return new Case("runs", u, "no filter, latest due first, " + label(offset), offset,
                () -> as(u, () -> runs.list(RunFilter.any(), page).getContent()),
                () -> complianceLists.runs(u.all(), u.id(), teamReader, u.all() ? null : u.teamId(), RunFilter.any(),
                        FILLABLE, today, page, ListQuery.Mode.PLAIN).getContent(),
                """
                select r.id, tp.name, tm.name, u.display_name, r.status, r.due_on, r.score
                from (select id from compliance_run where %s order by due_on desc, id desc limit ? offset ?) k
                join compliance_run r on r.id = k.id join compliance_template tp on tp.id = r.template_id
                join team tm on tm.id = r.team_id join app_user u on u.id = r.assignee_id
                order by r.due_on desc, r.id desc""".formatted(scope), params);
    }

    private Case findings(User u, long offset) {
        Pageable page = new OffsetRequest(offset, SIZE, Sort.by("dueDate", "id"));
        return new Case("findings", u, "no filter, soonest due first, " + label(offset), offset,
                () -> as(u, () -> findings.list(null, null, null, false, page).getContent()),
                () -> complianceLists.findings(null, null, null, false, page, ListQuery.Mode.PLAIN).getContent(),
                """
                select f.id, f.title, tp.name, tm.name, u.display_name, f.due_date, f.status
                from (select id from compliance_finding order by due_date, id limit ? offset ?) k
                join compliance_finding f on f.id = k.id join compliance_run r on r.id = f.run_id
                join compliance_template tp on tp.id = r.template_id join team tm on tm.id = f.team_id
                join app_user u on u.id = f.owner_id order by f.due_date, f.id""", new Object[] {SIZE + 1, offset});
    }

    private Case myActivities(User u) {
        LocalDateTime before = LocalDate.now(clock).plusDays(1).atStartOfDay();
        return new Case("my activities", u, "planned, due today or overdue, oldest first (200)", 0,
                () -> as(u, () -> activities.myDueActivities()),
                () -> crmLists.dueActivities(u.id(), before, 200),
                """
                select x.id, x.type, x.subject, x.due_at, x.account_id, a.name, x.recurrence
                from activity x join account a on a.id = x.account_id
                where x.owner_id = ? and x.status = 'PLANNED' and x.due_at < ?
                order by x.due_at, x.id limit 200""", new Object[] {u.id(), before});
    }

    // --- measuring -------------------------------------------------------------------------------------

    private Result measure(Case c) throws Exception {
        List<Long> ours = ids(c.ours().get());
        List<Long> raw = raw(c);
        assertThat(ours).as("%s %s %s: ours and raw return the same rows", c.list(), c.user().label(), c.what())
                .isEqualTo(raw.subList(0, Math.min(raw.size(), ours.size())));
        assertThat(ids(c.plain().get())).as("plain").startsWith(ours.toArray(Long[]::new));
        List<Supplier<?>> sides = List.of(c.ours(), c.plain(), () -> rawUnchecked(c));
        long warmUntil = System.nanoTime() + WARMUP_MS * 1_000_000;
        for (int i = 0; i < 2000 && (i < 2 || System.nanoTime() < warmUntil); i++) {
            sides.forEach(Supplier::get);
        }
        List<List<Double>> ms = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long until = System.nanoTime() + MEASURE_MS * 1_000_000;
        for (int run = 0; run < 2000 && (run < MIN_RUNS || System.nanoTime() < until); run++) {
            for (int k = 0; k < 3; k++) {
                int side = (k + run) % 3;
                long start = System.nanoTime();
                sides.get(side).get();
                ms.get(side).add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Result(c, median(ms.get(0)), median(ms.get(1)), median(ms.get(2)), ms.get(0).size());
    }

    private List<Long> raw(Case c) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(c.raw())) {
            for (int i = 0; i < c.params().length; i++) {
                statement.setObject(i + 1, c.params()[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    for (int col = 2; col <= rs.getMetaData().getColumnCount(); col++) {
                        rs.getObject(col);
                    }
                }
            }
            return ids;
        }
    }

    private List<Long> rawUnchecked(Case c) {
        try {
            return raw(c);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> switch (r) {
            case AccountListItem a -> a.id();
            case ContactListItem c -> c.id();
            case DealListItem d -> d.id();
            case ItemListItem i -> i.id();
            case RunListItem x -> x.id();
            case FindingListItem f -> f.id();
            case DueActivity a -> a.id();
            case CrmListQueries.Due d -> d.id();
            default -> throw new IllegalArgumentException(r.toString());
        }).toList();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(sorted.length - 1) / 2];
    }

    private <T> T as(User u, Supplier<T> action) {
        return TestUsers.runAs(u.id(), u.username(), u.roles(), action);
    }

    private User user(String username, Set<Role> roles, boolean all, String label) {
        return jdbc.queryForObject("select id, coalesce(team_id, 0) from app_user where username = ?",
                (rs, i) -> new User(rs.getLong(1), username, roles, rs.getLong(2), all, label), username);
    }

    private static String scope(User u) {
        return u.all() ? "" : "and (team_id = ? or owner_id = ?)";
    }

    private static Object[] params(User u, Object filter, long offset) {
        return u.all() ? new Object[] {filter, SIZE + 1, offset}
                : new Object[] {filter, u.teamId(), u.id(), SIZE + 1, offset};
    }

    private static String label(long offset) {
        return offset == 0 ? "first page" : String.format(Locale.ROOT, "offset %,d", offset);
    }
}
