package app.tandem.benchmark;

import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.ContactRole;
import app.tandem.crm.Recurrence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the CRM with generated records at a chosen scale (up to millions of rows), for load tests and
 * benchmarks: accounts owned by the sales teams' people, two contacts per account, deals across the pipeline
 * (with their stage history and primary contact) and activities around today.
 * <p>
 * Fast by design: Datafaker fills pools of names, companies, cities and so on once; rows combine them at random.
 * Rows are written as tab-separated chunks in memory (the next chunk is generated while the previous one
 * loads) and sent with {@code LOAD DATA LOCAL INFILE} (the connection needs {@code allowLocalInfile=true}, the
 * server {@code local_infile=ON}). Ids are assigned here, after the highest existing ones, so records can
 * reference each other; foreign key checks are off for the session while loading, since the references are
 * consistent by construction. It appends: every run adds another full set (not idempotent). No Envers history
 * rows are written.
 */
final class CrmDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(CrmDataGenerator.class);
    private static final int CHUNK_ROWS = 50_000;
    private static final int DAYS_BACK = 730;
    private static final long REDO_LOG_BYTES = 1L << 30;

    /** How many records of each kind: contacts, deals and activities are proportional to the accounts. */
    record Scale(String name, int accounts, int contacts, int deals, int activities) {

        static final int CONTACTS_PER_ACCOUNT = 2;

        static Scale ofAccounts(String name, int accounts) {
            if (accounts < 1) {
                throw new IllegalArgumentException("At least one account: " + accounts);
            }
            return new Scale(name, accounts, accounts * CONTACTS_PER_ACCOUNT, accounts, accounts * 5);
        }

        /** {@code small} (10,000 accounts), {@code medium} (100,000), {@code large} (1,000,000) or a number. */
        static Scale parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "small" -> ofAccounts("small", 10_000);
                case "medium" -> ofAccounts("medium", 100_000);
                case "large" -> ofAccounts("large", 1_000_000);
                default -> {
                    if (!text.trim().matches("\\d{1,8}")) {
                        throw new IllegalArgumentException(
                                "--scale is small, medium, large or a number of accounts, not: " + text);
                    }
                    yield ofAccounts(text.trim(), Integer.parseInt(text.trim()));
                }
            };
        }
    }

    record TableReport(String table, long rows, long millis) {
        double rowsPerSecond() {
            return rows * 1000.0 / Math.max(1, millis);
        }
    }

    record Report(List<TableReport> tables, long millis) {
        long rows() {
            return tables.stream().mapToLong(TableReport::rows).sum();
        }

        double rowsPerSecond() {
            return rows() * 1000.0 / Math.max(1, millis);
        }

        long rowsOf(String table) {
            return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableReport::rows).sum();
        }
    }

    record Seller(long id, String username, long teamId) {
    }

    record Stage(long id, int probability, boolean closed, boolean won) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final long seed;

    CrmDataGenerator(DataSource dataSource, Clock clock, long seed) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.seed = seed;
    }

    static final Set<String> ALL_TABLES = Set.of("account", "contact", "deal", "deal_contact", "deal_stage_change",
            "activity");

    Report generate(Scale scale) {
        return generate(scale, ALL_TABLES);
    }

    /**
     * Only some of the tables (e.g. the deals, to finish an interrupted run): the plan is the same for the same
     * seed and scale, so the records of a table left out are taken to be the last ones of that table.
     */
    Report generate(Scale scale, Set<String> tables) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                ExecutorService producer = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-generator"))) {
            checkLocalInfile(connection);
            enlargeRedoLog(connection);
            List<Seller> sellers = sellers(connection);
            if (sellers.isEmpty()) {
                throw new IllegalStateException("No active users in a sales team to own the generated records: "
                        + "create them first (demo mode does it on an empty database)");
            }
            List<Stage> stages = stages(connection);
            List<Long> lostReasons = longs(connection, "select id from lost_reason order by id");
            Pools pools = new Pools(seed);
            Plan plan = new Plan(scale, sellers, stages, lostReasons, pools,
                    base(connection, "account", tables, scale.accounts()),
                    tables.contains("contact") ? maxId(connection, "contact") : single(connection,
                            "select coalesce(max(id), 0) from contact where account_id is null or account_id <= "
                                    + base(connection, "account", tables, scale.accounts())),
                    base(connection, "deal", tables, scale.deals()),
                    LocalDate.now(clock), seed);
            log.info("Generating CRM data at scale {}: {} accounts, {} contacts, {} deals, {} activities, "
                    + "owned by {} sales people", scale.name(), scale.accounts(), scale.contacts(), scale.deals(),
                    scale.activities(), sellers.size());
            List<TableReport> reports = new ArrayList<>();
            try (Statement session = connection.createStatement()) {
                session.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            try {
                if (tables.contains("account")) {
                    reports.add(load(connection, producer, "account", Plan.ACCOUNT_COLUMNS, scale.accounts(),
                            plan::account));
                }
                if (tables.contains("contact")) {
                    reports.add(load(connection, producer, "contact", Plan.CONTACT_COLUMNS, scale.contacts(),
                            plan::contact));
                }
                if (tables.contains("deal")) {
                    reports.add(load(connection, producer, "deal", Plan.DEAL_COLUMNS, scale.deals(), plan::deal));
                }
                if (tables.contains("deal_contact")) {
                    reports.add(load(connection, producer, "deal_contact", Plan.DEAL_CONTACT_COLUMNS, scale.deals(),
                            plan::dealContact));
                }
                if (tables.contains("deal_stage_change")) {
                    reports.add(load(connection, producer, "deal_stage_change", Plan.STAGE_CHANGE_COLUMNS,
                            scale.deals(), plan::stageChanges));
                }
                if (tables.contains("activity")) {
                    reports.add(load(connection, producer, "activity", Plan.ACTIVITY_COLUMNS, scale.activities(),
                            plan::activity));
                }
            } finally {
                try (Statement session = connection.createStatement()) {
                    session.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                }
            }
            Report report = new Report(reports, (System.nanoTime() - started) / 1_000_000);
            for (TableReport t : reports) {
                log.info(String.format(Locale.ROOT, "  %-18s %,12d rows in %8.1f s = %,10.0f rows/s", t.table(),
                        t.rows(), t.millis() / 1000.0, t.rowsPerSecond()));
            }
            log.info(String.format(Locale.ROOT, "  %-18s %,12d rows in %8.1f s = %,10.0f rows/s (with the pools)",
                    "total", report.rows(), report.millis() / 1000.0, report.rowsPerSecond()));
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Generating CRM data failed: " + e.getMessage(), e);
        }
    }

    /** Writes rows {@code [from, to)} of one table as TSV lines; returns how many lines it wrote. */
    @FunctionalInterface
    interface RowWriter {
        int write(int index, StringBuilder out);
    }

    static TableReport load(Connection connection, ExecutorService producer, String table, String columns, int rows,
            RowWriter writer) throws SQLException {
        long started = System.nanoTime();
        long written = 0;
        CompletableFuture<Chunk> next = CompletableFuture.supplyAsync(chunk(writer, 0, Math.min(rows, CHUNK_ROWS)),
                producer);
        for (int from = 0; from < rows; from += CHUNK_ROWS) {
            Chunk chunk = next.join();
            int nextFrom = from + CHUNK_ROWS;
            if (nextFrom < rows) {
                next = CompletableFuture.supplyAsync(chunk(writer, nextFrom, Math.min(rows, nextFrom + CHUNK_ROWS)),
                        producer);
            }
            try (Statement statement = connection.createStatement()) {
                statement.unwrap(org.mariadb.jdbc.Statement.class)
                        .setLocalInfileInputStream(new ByteArrayInputStream(chunk.bytes()));
                statement.execute("LOAD DATA LOCAL INFILE '" + table + ".tsv' INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 (" + columns + ")");
            }
            written += chunk.lines();
        }
        return new TableReport(table, written, (System.nanoTime() - started) / 1_000_000);
    }

    record Chunk(byte[] bytes, int lines) {
    }

    private static Supplier<Chunk> chunk(RowWriter writer, int from, int to) {
        return () -> {
            StringBuilder out = new StringBuilder((to - from) * 160);
            int lines = 0;
            for (int i = from; i < to; i++) {
                lines += writer.write(i, out);
            }
            return new Chunk(out.toString().getBytes(StandardCharsets.UTF_8), lines);
        };
    }

    static void checkLocalInfile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select @@local_infile")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("The database server has local_infile=OFF; the generator needs "
                        + "LOAD DATA LOCAL INFILE (set local_infile=ON and allowLocalInfile=true in the JDBC URL)");
            }
        }
    }

    /**
     * With MariaDB's default redo log (96 MB) a bulk load spends its time waiting for checkpoints (seen here:
     * 5,000 instead of 15,000 rows/s). The log size is dynamic since MariaDB 10.9; best effort, until the restart.
     */
    static void enlargeRedoLog(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select @@innodb_log_file_size")) {
            rs.next();
            if (rs.getLong(1) < REDO_LOG_BYTES) {
                statement.execute("SET GLOBAL innodb_log_file_size = " + REDO_LOG_BYTES);
                log.info("InnoDB redo log enlarged to {} MB for the bulk load", REDO_LOG_BYTES >> 20);
            }
        } catch (SQLException e) {
            log.warn("Could not enlarge the InnoDB redo log ({}); loading may be slower", e.getMessage());
        }
    }

    private static List<Seller> sellers(Connection connection) throws SQLException {
        List<Seller> sellers = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select u.id, u.username, u.team_id from app_user u join team t on t.id = u.team_id
                        where t.kind = 'SALES' and u.active = true order by u.id""")) {
            while (rs.next()) {
                sellers.add(new Seller(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return sellers;
    }

    private static List<Stage> stages(Connection connection) throws SQLException {
        List<Stage> stages = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select id, probability, closed, won from pipeline_stage order by position")) {
            while (rs.next()) {
                stages.add(new Stage(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4)));
            }
        }
        if (stages.stream().noneMatch(s -> !s.closed()) || stages.stream().noneMatch(Stage::won)
                || stages.stream().noneMatch(s -> s.closed() && !s.won())) {
            throw new IllegalStateException("The pipeline needs open stages, a won and a lost stage");
        }
        return stages;
    }

    static List<Long> longs(Connection connection, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    /** Where a table's generated ids start: after the existing ones, or before the last ones when it is left out. */
    private static long base(Connection connection, String table, Set<String> tables, int rows) throws SQLException {
        return tables.contains(table) ? maxId(connection, table) : Math.max(0, maxId(connection, table) - rows);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Values drawn once from Datafaker; rows combine them. */
    static final class Pools {
        final String[] companies;
        final String[] slugs;
        final String[] firstNames;
        final String[] lastNames;
        final String[] emailNames;
        final String[] industries;
        final String[] phones;
        final String[] streets;
        final String[] postalCodes;
        final String[] cities;
        final String[] countries;
        final String[] jobTitles;
        final String[] products;

        Pools(long seed) {
            Faker faker = new Faker(Locale.ENGLISH, new Random(seed));
            companies = distinct(20_000, () -> faker.company().name());
            slugs = new String[companies.length];
            for (int i = 0; i < companies.length; i++) {
                slugs[i] = companies[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
            }
            firstNames = distinct(2_000, () -> faker.name().firstName());
            lastNames = distinct(3_000, () -> faker.name().lastName());
            emailNames = new String[firstNames.length];
            for (int i = 0; i < firstNames.length; i++) {
                emailNames[i] = firstNames[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            }
            industries = distinct(60, () -> faker.company().industry());
            phones = distinct(5_000, () -> faker.phoneNumber().phoneNumber());
            streets = distinct(5_000, () -> faker.address().streetAddress());
            postalCodes = distinct(2_000, () -> faker.address().zipCode());
            cities = distinct(2_000, () -> faker.address().city());
            countries = distinct(60, () -> faker.address().country());
            jobTitles = distinct(300, () -> faker.job().title());
            products = distinct(1_000, () -> faker.commerce().productName());
        }

        private static String[] distinct(int wanted, Supplier<String> source) {
            Set<String> values = new LinkedHashSet<>();
            for (int attempts = 0; values.size() < wanted && attempts < wanted * 5; attempts++) {
                values.add(clean(source.get()));
            }
            return values.toArray(String[]::new);
        }

        /** Tabs, newlines and backslashes would break the TSV; the pools never need them. */
        private static String clean(String value) {
            return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace("\\", "");
        }
    }

    /**
     * Which record gets which values. Everything a later table needs from an earlier one (an account's owner and
     * name, a deal's account and contact) is kept in arrays indexed by position, so rows are written in any order.
     */
    static final class Plan {
        static final String AUDIT = "created_at, created_by, updated_at, updated_by";
        static final String ACCOUNT_COLUMNS = "id, version, owner_id, team_id, name, domain, industry, phone, street, "
                + "postal_code, city, country, status, " + AUDIT;
        static final String CONTACT_COLUMNS = "id, version, owner_id, team_id, first_name, last_name, email, phone, "
                + "job_title, account_id, " + AUDIT;
        static final String DEAL_COLUMNS = "id, version, owner_id, team_id, name, account_id, primary_contact_id, "
                + "amount, stage_id, probability, probability_overridden, expected_close_date, source, "
                + "lost_reason_id, closed_at, " + AUDIT;
        static final String DEAL_CONTACT_COLUMNS = "deal_id, contact_id, role";
        static final String STAGE_CHANGE_COLUMNS = "deal_id, from_stage_id, to_stage_id, changed_at, changed_by, amount";
        static final String ACTIVITY_COLUMNS = "version, owner_id, team_id, type, subject, due_at, duration_minutes, "
                + "status, account_id, contact_id, deal_id, recurrence, recur_until, completed_at, " + AUDIT;
        private static final String[] SOURCES = {"Website", "Referral", "Trade fair", "Cold call", "Partner",
            "Newsletter"};
        private static final String[] TOPICS = {"Introduction", "Needs analysis", "Demo", "Proposal review",
            "Pricing", "Contract", "Quarterly review", "Follow-up", "Renewal", "Onboarding"};
        private static final AccountStatus[] ACCOUNT_STATUS = AccountStatus.values();
        private static final ActivityType[] ACTIVITY_TYPES = ActivityType.values();

        private final Scale scale;
        private final List<Seller> sellers;
        private final Stage firstOpen;
        private final Stage[] open;
        private final Stage won;
        private final Stage lost;
        private final long[] lostReasons;
        private final Pools pools;
        private final long accountBase;
        private final long contactBase;
        private final long dealBase;
        private final long seed;
        /** Dates as text: index 0 is {@code DAYS_BACK} days ago, {@code DAYS_BACK} is today, then the future. */
        private final String[] days;
        private final short[] accountOwner;
        private final int[] accountName;
        private final int[] dealAccount;
        private final byte[] dealContact;
        private final int[] dealStage;
        private final long[] dealCents;
        private final int[] dealCreatedDay;

        Plan(Scale scale, List<Seller> sellers, List<Stage> stages, List<Long> lostReasons, Pools pools,
                long accountBase, long contactBase, long dealBase, LocalDate today, long seed) {
            this.scale = scale;
            this.sellers = sellers;
            this.open = stages.stream().filter(s -> !s.closed()).toArray(Stage[]::new);
            this.firstOpen = open[0];
            this.won = stages.stream().filter(Stage::won).findFirst().orElseThrow();
            this.lost = stages.stream().filter(s -> s.closed() && !s.won()).findFirst().orElseThrow();
            this.lostReasons = lostReasons.stream().mapToLong(Long::longValue).toArray();
            this.pools = pools;
            this.accountBase = accountBase;
            this.contactBase = contactBase;
            this.dealBase = dealBase;
            this.seed = seed;
            this.days = new String[DAYS_BACK + 366];
            for (int i = 0; i < days.length; i++) {
                days[i] = today.plusDays(i - DAYS_BACK).toString();
            }
            // what later tables need is decided up front, from one random sequence, so chunks are independent
            SplittableRandom random = new SplittableRandom(seed);
            accountOwner = new short[scale.accounts()];
            accountName = new int[scale.accounts()];
            for (int i = 0; i < scale.accounts(); i++) {
                accountOwner[i] = (short) random.nextInt(sellers.size());
                accountName[i] = random.nextInt(pools.companies.length);
            }
            dealAccount = new int[scale.deals()];
            dealContact = new byte[scale.deals()];
            dealStage = new int[scale.deals()];
            dealCents = new long[scale.deals()];
            dealCreatedDay = new int[scale.deals()];
            Stage[] all = stages.toArray(Stage[]::new);
            for (int i = 0; i < scale.deals(); i++) {
                dealAccount[i] = random.nextInt(scale.accounts());
                dealContact[i] = (byte) random.nextInt(Scale.CONTACTS_PER_ACCOUNT);
                int roll = random.nextInt(100);
                Stage stage = roll < 70 ? open[random.nextInt(open.length)] : roll < 88 ? won : lost;
                dealStage[i] = indexOf(all, stage);
                dealCents[i] = (1 + random.nextInt(500)) * 50_000L;
                dealCreatedDay[i] = random.nextInt(DAYS_BACK - 30);
            }
            this.stagesByIndex = all;
        }

        private final Stage[] stagesByIndex;

        private static int indexOf(Stage[] all, Stage stage) {
            for (int i = 0; i < all.length; i++) {
                if (all[i].id() == stage.id()) {
                    return i;
                }
            }
            throw new IllegalArgumentException("unknown stage");
        }

        private SplittableRandom random(int table, int index) {
            // a cheap, reproducible random per row: independent of the chunk a row lands in
            return new SplittableRandom(seed * 31 + table * 1_000_003L + index * 0x9E3779B97F4A7C15L);
        }

        int account(int i, StringBuilder out) {
            SplittableRandom r = random(1, i);
            Seller owner = sellers.get(accountOwner[i]);
            int name = accountName[i];
            long id = accountBase + 1 + i;
            String created = timestamp(r, r.nextInt(DAYS_BACK));
            int status = r.nextInt(100);
            tsv(out, id, 0, owner.id(), owner.teamId(), pools.companies[name],
                    pools.slugs[name] + "-" + id + ".example", pick(r, pools.industries), pick(r, pools.phones),
                    pick(r, pools.streets), pick(r, pools.postalCodes), pick(r, pools.cities), pick(r, pools.countries),
                    ACCOUNT_STATUS[status < 40 ? 0 : status < 85 ? 1 : 2].name(), created, owner.username(),
                    created, owner.username());
            return 1;
        }

        int contact(int i, StringBuilder out) {
            SplittableRandom r = random(2, i);
            int account = i / Scale.CONTACTS_PER_ACCOUNT;
            Seller owner = sellers.get(accountOwner[account]);
            int first = r.nextInt(pools.firstNames.length);
            String last = pick(r, pools.lastNames);
            long accountId = accountBase + 1 + account;
            String email = pools.emailNames[first] + "." + last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                    + "@" + pools.slugs[accountName[account]] + "-" + accountId + ".example";
            String created = timestamp(r, r.nextInt(DAYS_BACK));
            tsv(out, contactBase + 1 + i, 0, owner.id(), owner.teamId(), pools.firstNames[first], last, email,
                    pick(r, pools.phones), pick(r, pools.jobTitles), accountId, created, owner.username(), created,
                    owner.username());
            return 1;
        }

        private long primaryContactId(int deal) {
            return contactBase + 1 + (long) dealAccount[deal] * Scale.CONTACTS_PER_ACCOUNT + dealContact[deal];
        }

        int deal(int i, StringBuilder out) {
            SplittableRandom r = random(3, i);
            int account = dealAccount[i];
            Seller owner = sellers.get(accountOwner[account]);
            Stage stage = stagesByIndex[dealStage[i]];
            int createdDay = dealCreatedDay[i];
            String created = timestamp(r, createdDay);
            String closeDate;
            String closedAt = null;
            Long lostReason = null;
            if (stage.closed()) {
                int closedDay = Math.min(DAYS_BACK, createdDay + 14 + r.nextInt(180));
                closeDate = days[closedDay];
                closedAt = timestamp(r, closedDay);
                lostReason = stage.won() || lostReasons.length == 0 ? null : lostReasons[r.nextInt(lostReasons.length)];
            } else {
                closeDate = days[DAYS_BACK - 60 + r.nextInt(300)];
            }
            tsv(out, dealBase + 1 + i, stage.id() == firstOpen.id() ? 0 : 1, owner.id(), owner.teamId(),
                    pick(r, pools.products) + " for " + pools.companies[accountName[account]], accountBase + 1 + account,
                    primaryContactId(i), money(dealCents[i]), stage.id(), stage.probability(), 0, closeDate,
                    SOURCES[r.nextInt(SOURCES.length)], lostReason, closedAt,
                    created, owner.username(), closedAt == null ? created : closedAt, owner.username());
            return 1;
        }

        int dealContact(int i, StringBuilder out) {
            tsv(out, dealBase + 1 + i, primaryContactId(i), ContactRole.DECISION_MAKER.name());
            return 1;
        }

        /** Every deal starts in the first open stage; those elsewhere now moved there once. */
        int stageChanges(int i, StringBuilder out) {
            SplittableRandom r = random(4, i);
            Seller owner = sellers.get(accountOwner[dealAccount[i]]);
            Stage stage = stagesByIndex[dealStage[i]];
            String amount = money(dealCents[i]);
            int createdDay = dealCreatedDay[i];
            tsv(out, dealBase + 1 + i, null, firstOpen.id(), timestamp(r, createdDay), owner.username(), amount);
            if (stage.id() == firstOpen.id()) {
                return 1;
            }
            int movedDay = Math.min(DAYS_BACK, createdDay + 1 + r.nextInt(60));
            tsv(out, dealBase + 1 + i, firstOpen.id(), stage.id(), timestamp(r, movedDay), owner.username(), amount);
            return 2;
        }

        /** Activities at a deal (with its account and primary contact) or at an account, due around today. */
        int activity(int i, StringBuilder out) {
            SplittableRandom r = random(5, i);
            int account;
            Long contactId;
            Long dealId = null;
            if (r.nextInt(10) < 6) {
                int deal = r.nextInt(scale.deals());
                account = dealAccount[deal];
                contactId = primaryContactId(deal);
                dealId = dealBase + 1 + deal;
            } else {
                account = r.nextInt(scale.accounts());
                contactId = r.nextInt(10) < 7
                        ? contactBase + 1 + (long) account * Scale.CONTACTS_PER_ACCOUNT
                                + r.nextInt(Scale.CONTACTS_PER_ACCOUNT)
                        : null;
            }
            Seller owner = sellers.get(accountOwner[account]);
            ActivityType type = ACTIVITY_TYPES[r.nextInt(ACTIVITY_TYPES.length)];
            int dueDay = DAYS_BACK - 300 + r.nextInt(345);
            String due = days[dueDay] + " " + clock(8 + r.nextInt(10), 15 * r.nextInt(4));
            ActivityStatus status = ActivityStatus.PLANNED;
            String completedAt = null;
            if (dueDay < DAYS_BACK) {
                int roll = r.nextInt(100);
                status = roll < 85 ? ActivityStatus.DONE : roll < 95 ? ActivityStatus.CANCELLED : ActivityStatus.PLANNED;
                completedAt = status == ActivityStatus.DONE ? due : null;
            }
            Integer duration = type == ActivityType.CALL || type == ActivityType.MEETING ? 15 * (1 + r.nextInt(4))
                    : null;
            boolean weekly = type == ActivityType.TASK && status == ActivityStatus.PLANNED && r.nextInt(20) == 0;
            String recurUntil = weekly ? days[Math.min(days.length - 1, dueDay + 90)] : null;
            String subject = TOPICS[r.nextInt(TOPICS.length)] + " – " + pools.companies[accountName[account]];
            String created = timestamp(r, Math.max(0, dueDay - 1 - r.nextInt(30)));
            tsv(out, status == ActivityStatus.PLANNED ? 0 : 1, owner.id(), owner.teamId(), type.name(), subject, due,
                    duration, status.name(), accountBase + 1 + account, contactId, dealId,
                    (weekly ? Recurrence.WEEKLY : Recurrence.NONE).name(), recurUntil, completedAt, created,
                    owner.username(), completedAt == null ? created : completedAt, owner.username());
            return 1;
        }

        private String timestamp(SplittableRandom r, int day) {
            return days[Math.max(0, Math.min(day, days.length - 1))] + " "
                    + clock(7 + r.nextInt(12), r.nextInt(60)) + ":" + two(r.nextInt(60));
        }

        private static String clock(int hour, int minute) {
            return two(hour) + ":" + two(minute);
        }

        private static String two(int n) {
            return n < 10 ? "0" + n : Integer.toString(n);
        }

        private static String money(long cents) {
            return cents / 100 + "." + two((int) (cents % 100));
        }

        private static String pick(SplittableRandom r, String[] pool) {
            return pool[r.nextInt(pool.length)];
        }

        /** One TSV line in LOAD DATA's default format: tab-separated, {@code \N} for null. */
        private static void tsv(StringBuilder out, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                Object value = values[i];
                out.append(value == null ? "\\N" : value.toString());
            }
            out.append('\n');
        }
    }
}
