package app.tandem.crm.domain;

import app.tandem.base.DemoMode;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.ContactRole;
import app.tandem.crm.Recurrence;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo CRM records for the demo organisation, seeded once (after the demo users) into an empty CRM:
 * accounts owned by the sales teams' people, with contacts, deals across the pipeline and activities.
 */
@Component
@Conditional(DemoMode.class)
@Order(30)
class CrmDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CrmDemoData.class);

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final DealRepository deals;
    private final ActivityRepository activities;
    private final PipelineStageRepository stages;
    private final DealStageChangeRepository stageChanges;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Faker faker = new Faker(Locale.ENGLISH, new Random(3_2026L));
    private final Random random = new Random(42);

    CrmDemoData(AccountRepository accounts, ContactRepository contacts, DealRepository deals,
            ActivityRepository activities, PipelineStageRepository stages, DealStageChangeRepository stageChanges,
            JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.deals = deals;
        this.activities = activities;
        this.stages = stages;
        this.stageChanges = stageChanges;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Seller(long id, String username, long teamId) {
    }

    @Override
    @Transactional(timeout = DemoMode.SEED_TIMEOUT_SECONDS)
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        // the org feature's demo people, read as plain rows: owners are ids in the CRM
        List<Seller> sellers = jdbc.query("""
                select u.id, u.username, u.team_id from app_user u join team t on t.id = u.team_id
                where t.kind = 'SALES' and u.active = true order by u.id
                """, (rs, i) -> new Seller(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        if (sellers.isEmpty()) {
            return;
        }
        List<PipelineStage> pipeline = stages.findAllByOrderByPositionAsc();
        List<PipelineStage> open = pipeline.stream().filter(s -> !s.isClosed()).toList();
        PipelineStage won = pipeline.stream().filter(PipelineStage::isWon).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        int dealCount = 0;
        for (int i = 0; i < 40; i++) {
            Seller owner = i < 8 ? seller(sellers, "staff") : sellers.get(random.nextInt(sellers.size()));
            String company = faker.company().name();
            Account account = new Account(company);
            account.setDomain(company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example");
            account.setIndustry(faker.company().industry());
            account.setPhone(faker.phoneNumber().phoneNumber());
            account.setCity(faker.address().city());
            account.setCountry(faker.address().country());
            account.setStatus(AccountStatus.values()[random.nextInt(3)]);
            account.assignTo(owner.id(), owner.teamId());
            accounts.save(account);
            Contact first = null;
            for (int c = 0; c < 2; c++) {
                Contact contact = new Contact(faker.name().firstName(), faker.name().lastName());
                contact.setEmail(contact.getFirstName() + "." + contact.getLastName() + "@" + account.getDomain());
                contact.setJobTitle(faker.job().title());
                contact.setPhone(faker.phoneNumber().phoneNumber());
                contact.setAccountId(account.getId());
                contact.assignTo(owner.id(), owner.teamId());
                contacts.save(contact);
                first = first == null ? contact : first;
            }
            int dealsHere = 1 + random.nextInt(2);
            for (int d = 0; d < dealsHere; d++) {
                PipelineStage stage = random.nextInt(6) == 0 ? won : open.get(random.nextInt(open.size()));
                Deal deal = new Deal(faker.commerce().productName() + " for " + company, account.getId(),
                        open.getFirst());
                deal.setAmount(BigDecimal.valueOf(1_000L * (1 + random.nextInt(120))));
                deal.setExpectedCloseDate(today.plusDays(random.nextInt(120) - 20));
                deal.setPrimaryContactId(first.getId());
                deal.setContactRole(first.getId(), ContactRole.DECISION_MAKER);
                deal.setSource(List.of("Website", "Referral", "Trade fair", "Cold call").get(random.nextInt(4)));
                deal.assignTo(owner.id(), owner.teamId());
                deals.save(deal);
                stageChanges.save(new DealStageChange(deal.getId(), null, open.getFirst().getId(), clock.instant(),
                        "system", deal.getAmount()));
                if (stage.getId() != open.getFirst().getId()) {
                    deal.moveTo(stage, null, clock.instant());
                    stageChanges.save(new DealStageChange(deal.getId(), open.getFirst().getId(), stage.getId(),
                            clock.instant(), "system", deal.getAmount()));
                }
                dealCount++;
            }
            Activity call = new Activity(ActivityType.CALL, "Call " + first.fullName(),
                    LocalDateTime.of(today.plusDays(random.nextInt(10) - 5), java.time.LocalTime.of(9 + i % 8, 0)),
                    account.getId());
            call.setContactId(first.getId());
            call.setDurationMinutes(15);
            call.assignTo(owner.id(), owner.teamId());
            activities.save(call);
            if (i % 10 == 0) {
                Activity followUp = new Activity(ActivityType.TASK, "Weekly follow-up with " + company,
                        today.atTime(14, 0), account.getId());
                followUp.repeat(Recurrence.WEEKLY, today.plusMonths(2));
                followUp.assignTo(owner.id(), owner.teamId());
                activities.save(followUp);
            }
        }
        log.info("Demo data: 40 accounts, 80 contacts, {} deals and their activities", dealCount);
    }

    private static Seller seller(List<Seller> sellers, String username) {
        return sellers.stream().filter(s -> s.username().equals(username)).findFirst().orElse(sellers.getFirst());
    }
}
