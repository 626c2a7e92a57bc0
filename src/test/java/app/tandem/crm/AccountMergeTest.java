package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.HistoryEntry;
import app.tandem.base.RecordNotFoundException;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemData;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** Merging a duplicate account into the one that is kept: nothing is lost, nothing changes unseen. */
@TandemServiceTest
class AccountMergeTest {

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
    ActivityService activityService;
    @Autowired
    ImprovementService improvementService;

    Person anna;
    Person max;
    long kept;
    long duplicate;

    @BeforeEach
    void twoAccountsOfOneCompany() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        max = org.person("max", Role.MANAGER);
        org.team("East", TeamKind.SALES, null, anna);
        kept = anna.run(() -> accountService.create(account("Acme", "acme.com"))).id();
        duplicate = anna.run(() -> accountService.create(account("ACME Inc", null))).id();
    }

    @Test
    void a_moved_contacts_history_shows_the_move_to_the_kept_account() {
        long contact = anna.run(() -> contactService.create(new ContactData(null, 0, "Eva", "Berg", null, null, null,
                duplicate, anna.id()))).id();

        max.run(() -> merge(kept, duplicate));

        assertThat(max.run(() -> contactService.load(contact)).accountId()).isEqualTo(kept);
        assertThat(max.run(() -> contactService.history(contact)))
                .filteredOn(e -> e.field().equals("account") && e.kind() == HistoryEntry.Kind.CHANGED)
                .extracting(HistoryEntry::from, HistoryEntry::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Long.toString(duplicate), Long.toString(kept)));
    }

    @Test
    void moved_deals_and_activities_keep_their_history_and_get_a_new_version() {
        StageInfo first = anna.run(() -> dealService.stages()).getFirst();
        DealData deal = anna.run(() -> dealService.create(new DealData(null, 0, "Big order", duplicate, null,
                new BigDecimal("100.00"), first.id(), first.probability(), false, LocalDate.of(2026, 12, 15), null,
                anna.id(), null)));
        ActivityData call = anna.run(() -> activityService.create(new ActivityData(null, 0, ActivityType.CALL,
                "Call Eva", null, LocalDateTime.of(2026, 12, 1, 9, 0), 15, ActivityStatus.PLANNED, duplicate, null,
                null, anna.id(), Recurrence.NONE, null)));

        max.run(() -> merge(kept, duplicate));

        DealData moved = max.run(() -> dealService.load(deal.id()));
        assertThat(moved.accountId()).isEqualTo(kept);
        assertThat(moved.version()).isGreaterThan(deal.version());
        assertThat(max.run(() -> dealService.history(deal.id()))).anyMatch(e -> e.field().equals("account"));
        assertThat(max.run(() -> activityService.timelineOfAccount(kept, PageRequest.of(0, 10))).getContent())
                .extracting(ActivityEntry::id).containsExactly(call.id());
        assertThatThrownBy(() -> max.run(() -> accountService.load(duplicate)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_merge_of_an_account_changed_since_the_merge_was_opened_is_refused() {
        AccountData seen = max.run(() -> accountService.load(duplicate));
        AccountData keptSeen = max.run(() -> accountService.load(kept));
        anna.run(() -> accountService.update(renamed(anna.run(() -> accountService.load(duplicate)), "ACME Inc.")));
        long contact = anna.run(() -> contactService.create(new ContactData(null, 0, "Eva", "Berg", null, null, null,
                duplicate, anna.id()))).id();

        assertThatThrownBy(() -> max.run(() -> accountService.merge(kept, keptSeen.version(), duplicate,
                seen.version()))).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(max.run(() -> accountService.load(duplicate)).name()).isEqualTo("ACME Inc.");
        assertThat(max.run(() -> contactService.load(contact)).accountId()).isEqualTo(duplicate);
    }

    @Test
    void a_merge_into_an_account_changed_since_the_merge_was_opened_is_refused() {
        AccountData seen = max.run(() -> accountService.load(duplicate));
        AccountData keptSeen = max.run(() -> accountService.load(kept));
        anna.run(() -> accountService.update(renamed(keptSeen, "Acme GmbH")));

        assertThatThrownBy(() -> max.run(() -> accountService.merge(kept, keptSeen.version(), duplicate,
                seen.version()))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(max.run(() -> accountService.load(duplicate)).name()).isEqualTo("ACME Inc");
    }

    @Test
    void an_improvement_item_raised_from_the_merged_account_points_to_the_kept_account() {
        long item = anna.run(() -> improvementService.submitIdeaFrom(new IdeaDraft("Quotes take too long",
                "Acme waited two weeks for a quote", null, null), "ACCOUNT", duplicate, "ACME Inc"));

        max.run(() -> merge(kept, duplicate));

        ItemData data = max.run(() -> improvementService.load(item));
        assertThat(data.originType()).isEqualTo("ACCOUNT");
        assertThat(data.originId()).isEqualTo(kept);
        assertThat(data.originLabel()).isEqualTo("Acme");
    }

    private AccountData merge(long survivor, long merged) {
        return accountService.merge(survivor, accountService.load(survivor).version(), merged,
                accountService.load(merged).version());
    }

    private AccountData account(String name, String website) {
        return new AccountData(null, 0, name, website, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, anna.id());
    }

    private static AccountData renamed(AccountData a, String name) {
        return new AccountData(a.id(), a.version(), name, a.website(), a.industry(), a.phone(), a.street(),
                a.postalCode(), a.city(), a.country(), a.status(), a.notes(), a.ownerId());
    }
}
