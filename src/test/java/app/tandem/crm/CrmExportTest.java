package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.ui.TandemI18NProvider;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Exports of the accounts, contacts and deals lists: the filter's rows in the user's scope, in the list's order. */
@TandemServiceTest
class CrmExportTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    ContactService contactService;
    @Autowired
    DealService dealService;
    @Autowired
    TandemI18NProvider i18n;
    @Autowired
    JdbcTemplate jdbc;

    Person anna;
    Person ben;
    Person carl;
    Person olga;
    Person max;
    long east;

    @BeforeEach
    void twoSalesTeamsAManagerAndAComplianceOfficer() {
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            carl = person("carl", Role.STAFF);
            olga = person("olga", Role.COMPLIANCE_OFFICER);
            max = person("max", Role.MANAGER);
            east = team("East", anna, ben);
            team("West", carl);
            return null;
        });
    }

    @Test
    void staff_export_exactly_the_filtered_accounts_of_their_team_in_the_lists_order_as_csv() throws IOException {
        as(anna, () -> accountService.create(account("Acme", "Bremen", AccountStatus.CUSTOMER, anna)));
        as(anna, () -> accountService.create(account("Beta", "Aachen", AccountStatus.CUSTOMER, anna)));
        as(anna, () -> accountService.create(account("Gamma", "Köln", AccountStatus.PROSPECT, anna)));
        as(ben, () -> accountService.create(account("Delta", "Zwickau", AccountStatus.CUSTOMER, ben)));
        as(carl, () -> accountService.create(account("Westwind", "Berlin", AccountStatus.CUSTOMER, carl)));

        byte[] file = export(ben, out -> accountService.export(
                new AccountFilter(null, AccountStatus.CUSTOMER, null, null), Sort.by(Sort.Direction.DESC, "city"),
                TabularFormat.CSV, out, ZoneOffset.UTC, Locale.ENGLISH, english()));

        List<CSVRecord> records = csv(file, ',');
        assertThat(records.getFirst().values()).containsExactly("Name", "Domain", "Industry", "City", "Status",
                "Owner");
        assertThat(dataRows(records)).extracting(r -> String.join("|", r.values()))
                .containsExactly("Delta|||Zwickau|Customer|Ben", "Acme|||Bremen|Customer|Anna",
                        "Beta|||Aachen|Customer|Anna");
    }

    @Test
    void german_csv_of_contacts_is_separated_by_semicolons_with_german_headers_sorted_like_the_grid()
            throws IOException {
        long acme = as(anna, () -> accountService.create(account("Acme", null, AccountStatus.CUSTOMER, anna))).id();
        long zeta = as(anna, () -> accountService.create(account("Zeta", null, AccountStatus.CUSTOMER, anna))).id();
        as(anna, () -> contactService.create(contact("Jürgen", "Adler", "j.adler@zeta.example", zeta, anna)));
        as(anna, () -> contactService.create(contact("Eva", "Zorn", "eva@acme.example", acme, anna)));
        as(ben, () -> contactService.create(contact(null, "Müller; Sohn", null, null, ben)));
        as(carl, () -> contactService.create(contact("Carla", "West", null, null, carl)));

        byte[] file = export(ben, out -> contactService.export(ContactFilter.any(), Sort.by("a.name"),
                TabularFormat.CSV, out, ZoneOffset.UTC, Locale.GERMAN, german()));

        assertThat(Arrays.copyOf(file, 3)).as("byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(file, ';');
        assertThat(records.getFirst().values()).containsExactly("Nachname", "Vorname", "E-Mail", "Position",
                "Firma", "Verantwortlich");
        assertThat(dataRows(records)).extracting(r -> String.join("|", r.values()))
                .as("no account first (MariaDB sorts null first), then by account name; Carla is West's")
                .containsExactly("Müller; Sohn|||||Ben", "Zorn|Eva|eva@acme.example||Acme|Anna",
                        "Adler|Jürgen|j.adler@zeta.example||Zeta|Anna");
    }

    @Test
    void deals_export_to_xlsx_with_amounts_and_probabilities_as_numbers_and_close_dates_as_dates()
            throws IOException {
        List<StageInfo> stages = as(anna, () -> dealService.stages());
        StageInfo proposal = stage(stages, "Proposal");
        StageInfo negotiation = stage(stages, "Negotiation");
        long acme = as(anna, () -> accountService.create(account("Acme", null, AccountStatus.CUSTOMER, anna))).id();
        long west = as(carl, () -> accountService.create(account("Westwind", null, AccountStatus.CUSTOMER, carl)))
                .id();
        as(anna, () -> dealService.create(deal("Small order", acme, proposal, "100.50", LocalDate.of(2027, 1, 15),
                anna)));
        as(anna, () -> dealService.create(deal("Big order", acme, negotiation, "2500.00", null, anna)));
        as(anna, () -> dealService.create(deal("Service contract", acme, proposal, "900.00", null, anna)));
        as(carl, () -> dealService.create(deal("West order", west, proposal, "99999.00", null, carl)));

        byte[] file = export(max, out -> dealService.export(new DealFilter("order", null, null, null, null, null),
                Sort.by(Sort.Direction.DESC, "amount"), TabularFormat.XLSX, out, ZoneOffset.UTC, Locale.ENGLISH,
                english()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("header and three deals").isEqualTo(3);
            assertThat(texts(sheet.getRow(0))).containsExactly("Name", "Account", "Amount", "Stage",
                    "Probability (%)", "Weighted", "Expected close", "Owner");
            assertThat(IntStream.rangeClosed(1, 3).mapToObj(i -> sheet.getRow(i).getCell(0).getStringCellValue()))
                    .containsExactly("West order", "Big order", "Small order");
            Row small = sheet.getRow(3);
            assertThat(small.getCell(1).getStringCellValue()).isEqualTo("Acme");
            assertThat(small.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(small.getCell(2).getNumericCellValue()).isEqualTo(100.5);
            assertThat(small.getCell(3).getStringCellValue()).isEqualTo("Proposal");
            assertThat(small.getCell(4).getNumericCellValue()).isEqualTo(proposal.probability());
            assertThat(small.getCell(5).getNumericCellValue()).isEqualTo(100.5 * proposal.probability() / 100,
                    org.assertj.core.data.Offset.offset(0.006));
            assertThat(DateUtil.isCellDateFormatted(small.getCell(6))).isTrue();
            assertThat(small.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(small.getCell(7).getStringCellValue()).isEqualTo("Anna");
            assertThat(sheet.getRow(2).getCell(6)).as("no close date: an empty cell").isNull();
        }
    }

    @Test
    void staff_export_only_their_teams_deals_sorted_by_owner() throws IOException {
        StageInfo proposal = stage(as(anna, () -> dealService.stages()), "Proposal");
        long acme = as(anna, () -> accountService.create(account("Acme", null, AccountStatus.CUSTOMER, anna))).id();
        long west = as(carl, () -> accountService.create(account("Westwind", null, AccountStatus.CUSTOMER, carl)))
                .id();
        as(ben, () -> dealService.create(deal("Ben's", acme, proposal, "1.00", null, ben)));
        as(anna, () -> dealService.create(deal("Anna's", acme, proposal, "2.00", null, anna)));
        as(carl, () -> dealService.create(deal("Carl's", west, proposal, "3.00", null, carl)));

        byte[] file = export(ben, out -> dealService.export(DealFilter.any(), Sort.by(Sort.Direction.DESC,
                "o.displayName"), TabularFormat.CSV, out, ZoneOffset.UTC, Locale.ENGLISH, english()));

        assertThat(dataRows(csv(file, ','))).extracting(r -> r.get(0) + "|" + r.get(2) + "|" + r.get(7))
                .containsExactly("Ben's|1.00|Ben", "Anna's|2.00|Anna");
    }

    @Test
    void compliance_officers_export_the_contacts_of_every_team_as_xlsx() throws IOException {
        as(anna, () -> contactService.create(contact("Eva", "East", null, null, anna)));
        as(carl, () -> contactService.create(contact("Walter", "West", null, null, carl)));

        byte[] file = export(olga, out -> contactService.export(ContactFilter.any(), Sort.unsorted(),
                TabularFormat.XLSX, out, ZoneOffset.UTC, Locale.ENGLISH, english()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(i -> texts(sheet.getRow(i)).subList(0, 2))).as("by last name, then first name")
                    .containsExactly(List.of("East", "Eva"), List.of("West", "Walter"));
        }
    }

    @Test
    void an_export_of_5000_accounts_holds_every_row_once_in_the_default_order_in_csv_and_xlsx() throws IOException {
        int count = 5_000;
        insertAccounts(count, anna, east);

        byte[] csvFile = export(ben, out -> accountService.export(AccountFilter.any(), Sort.unsorted(),
                TabularFormat.CSV, out, ZoneOffset.UTC, Locale.ENGLISH, english()));
        byte[] xlsxFile = export(ben, out -> accountService.export(AccountFilter.any(), Sort.unsorted(),
                TabularFormat.XLSX, out, ZoneOffset.UTC, Locale.ENGLISH, english()));

        List<String> expected = IntStream.range(0, count).mapToObj(CrmExportTest::bulkName).sorted().toList();
        assertThat(dataRows(csv(csvFile, ','))).extracting(r -> r.get(0)).containsExactlyElementsOf(expected);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxFile))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(count);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                names.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(names).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void exporting_needs_a_logged_in_user() {
        assertThatThrownBy(() -> accountService.export(AccountFilter.any(), Sort.unsorted(), TabularFormat.CSV,
                new ByteArrayOutputStream(), ZoneOffset.UTC, Locale.ENGLISH, english()))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                        AuthorizationDeniedException.class);
    }

    // --- helpers ------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Export {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private byte[] export(Person person, Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(person, () -> {
            try {
                export.to(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        return out.toByteArray();
    }

    private Function<String, String> english() {
        return key -> i18n.getTranslation(key, Locale.ENGLISH);
    }

    private Function<String, String> german() {
        return key -> i18n.getTranslation(key, Locale.GERMAN);
    }

    private static List<CSVRecord> csv(byte[] file, char delimiter) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            return parser.getRecords();
        }
    }

    private static List<CSVRecord> dataRows(List<CSVRecord> records) {
        return records.subList(1, records.size());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    /** Many accounts at once, as a bulk load would write them (the services' create is one by one). */
    private void insertAccounts(int count, Person owner, long teamId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                insert into account (version, owner_id, team_id, name, status, created_at, created_by, updated_at,
                                     updated_by)
                values (0, ?, ?, ?, 'PROSPECT', ?, 'bulk', ?, 'bulk')
                """, IntStream.range(0, count).mapToObj(i -> new Object[] {owner.id(), teamId, bulkName(i), now, now})
                .collect(Collectors.toList()));
    }

    /** Names that do not sort in insertion order. */
    private static String bulkName(int i) {
        return String.format("Account %04d", (i * 7919) % 10_000);
    }

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private long team(String name, Person... members) {
        return org().team(name, TeamKind.SALES, null, members);
    }

    private static StageInfo stage(List<StageInfo> stages, String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static AccountData account(String name, String city, AccountStatus status, Person owner) {
        return new AccountData(null, 0, name, null, null, null, null, null, city, null, status, null, owner.id());
    }

    private static ContactData contact(String firstName, String lastName, String email, Long accountId,
            Person owner) {
        return new ContactData(null, 0, firstName, lastName, email, null, null, accountId, owner.id());
    }

    private static DealData deal(String name, long accountId, StageInfo stage, String amount, LocalDate close,
            Person owner) {
        return new DealData(null, 0, name, accountId, null, new BigDecimal(amount), stage.id(), stage.probability(),
                false, close, null, owner.id(), null);
    }
}
