package app.tandem.crm;

import static app.tandem.TestUsers.runAsAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.DomainException;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Administrators set up the pipeline's stages and the lost reasons; the rules keep the pipeline usable. */
@TandemServiceTest
class PipelineSettingsServiceTest {

    @Autowired
    PipelineSettingsService settings;
    @Autowired
    TeamService teamService;
    @Autowired
    DealService dealService;
    @Autowired
    AccountService accountService;
    @Autowired
    UserService userService;
    @Autowired
    JdbcTemplate jdbc;

    StandardPipeline standard;
    Person anna;

    @BeforeEach
    void theStandardPipelineAndASeller() {
        standard = StandardPipeline.snapshot(jdbc);
        anna = runAsAdmin("setup", () -> person("anna", Role.STAFF));
    }

    @AfterEach
    void putTheStandardPipelineBack() {
        standard.restore();
    }

    // --- stages ----------------------------------------------------------------------------------------------------

    @Test
    void an_added_stage_comes_last_and_moving_it_up_puts_it_among_the_open_stages_for_every_user() {
        StageData demo = admin(() -> settings.createStage(open("Demo", 60)));
        assertThat(names(admin(() -> settings.stages()))).containsExactly("Qualification", "Needs analysis",
                "Proposal", "Negotiation", "Won", "Lost", "Demo");

        admin(() -> settings.moveStageUp(demo.id()));
        List<StageListItem> moved = admin(() -> settings.moveStageUp(demo.id()));

        assertThat(names(moved)).containsExactly("Qualification", "Needs analysis", "Proposal", "Negotiation", "Demo",
                "Won", "Lost");
        assertThat(as(anna, () -> dealService.stages())).extracting(StageInfo::name).containsExactly(
                "Qualification", "Needs analysis", "Proposal", "Negotiation", "Demo", "Won", "Lost");
        assertThat(as(anna, () -> dealService.stages())).filteredOn(s -> s.name().equals("Demo")).singleElement()
                .satisfies(s -> {
                    assertThat(s.probability()).isEqualTo(60);
                    assertThat(s.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
                    assertThat(s.closed()).isFalse();
                });
    }

    @Test
    void the_first_stage_stays_first_and_the_last_stays_last() {
        List<StageListItem> stages = admin(() -> settings.stages());

        admin(() -> settings.moveStageUp(stages.getFirst().id()));
        admin(() -> settings.moveStageDown(stages.getLast().id()));

        assertThat(names(admin(() -> settings.stages()))).isEqualTo(names(stages));
    }

    @Test
    void a_stage_is_renamed_and_gets_a_new_default_probability_and_forecast_category() {
        StageInfo proposal = stage("Proposal");
        StageData loaded = admin(() -> settings.loadStage(proposal.id()));

        admin(() -> settings.updateStage(new StageData(loaded.id(), loaded.version(), "  Offer  ", 40,
                ForecastCategory.COMMIT, false, false)));

        assertThat(stage("Offer")).satisfies(s -> {
            assertThat(s.id()).isEqualTo(proposal.id());
            assertThat(s.position()).isEqualTo(proposal.position());
            assertThat(s.probability()).isEqualTo(40);
            assertThat(s.forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
        });
    }

    @Test
    void a_stage_needs_a_unique_name_and_a_probability_from_0_to_100() {
        assertRefused(() -> admin(() -> settings.createStage(open("  ", 10))), "stage.name.required");
        assertRefused(() -> admin(() -> settings.createStage(open("x".repeat(61), 10))), "stage.name.too-long");
        assertRefused(() -> admin(() -> settings.createStage(open("proposal", 10))), "stage.name.taken");
        assertRefused(() -> admin(() -> settings.createStage(open("Demo", 101))), "deal.probability.range");
        assertRefused(() -> admin(() -> settings.createStage(open("Demo", -1))), "deal.probability.range");
        StageData negotiation = admin(() -> settings.loadStage(stage("Negotiation").id()));
        assertRefused(() -> admin(() -> settings.updateStage(renamed(negotiation, "Won"))), "stage.name.taken");

        assertThat(names(admin(() -> settings.stages()))).doesNotContain("Demo", "proposal");
    }

    @Test
    void a_won_stage_is_closed_and_exactly_the_closed_stages_count_as_closed_in_the_forecast() {
        assertRefused(() -> admin(() -> settings.createStage(new StageData(null, 0, "Signed", 100,
                ForecastCategory.CLOSED, false, true))), "stage.won-must-be-closed");
        assertRefused(() -> admin(() -> settings.createStage(new StageData(null, 0, "Dropped", 0,
                ForecastCategory.PIPELINE, true, false))), "stage.forecast-category.mismatch");
        assertRefused(() -> admin(() -> settings.createStage(new StageData(null, 0, "Hoped", 50,
                ForecastCategory.CLOSED, false, false))), "stage.forecast-category.mismatch");

        StageData signed = admin(() -> settings.createStage(new StageData(null, 0, "Signed", 100,
                ForecastCategory.CLOSED, true, true)));
        assertThat(stage("Signed").won()).isTrue();
        assertThat(signed.closed()).isTrue();
    }

    @Test
    void the_pipeline_always_keeps_an_open_a_won_and_a_lost_stage() {
        StageData won = admin(() -> settings.loadStage(stage("Won").id()));
        StageData lost = admin(() -> settings.loadStage(stage("Lost").id()));

        assertRefused(() -> admin(() -> {
            settings.deleteStage(won.id(), won.version());
            return null;
        }), "stage.pipeline.needs-won");
        assertRefused(() -> admin(() -> {
            settings.deleteStage(lost.id(), lost.version());
            return null;
        }), "stage.pipeline.needs-lost");
        assertRefused(() -> admin(() -> settings.updateStage(new StageData(won.id(), won.version(), "Won", 100,
                ForecastCategory.CLOSED, true, false))), "stage.pipeline.needs-won");
        for (String open : List.of("Qualification", "Needs analysis", "Proposal")) {
            StageData stage = admin(() -> settings.loadStage(stage(open).id()));
            admin(() -> settings.updateStage(new StageData(stage.id(), stage.version(), open, 0,
                    ForecastCategory.CLOSED, true, false)));
        }
        StageData lastOpen = admin(() -> settings.loadStage(stage("Negotiation").id()));
        assertRefused(() -> admin(() -> settings.updateStage(new StageData(lastOpen.id(), lastOpen.version(),
                "Negotiation", 0, ForecastCategory.CLOSED, true, false))), "stage.pipeline.needs-open");

        assertThat(stage("Negotiation").closed()).as("nothing changed").isFalse();
        assertThat(stage("Won").won()).isTrue();
    }

    @Test
    void a_stage_that_deals_are_or_were_in_is_not_deleted_and_the_message_says_how_many() {
        StageData demo = admin(() -> settings.createStage(open("Demo", 60)));
        long acme = as(anna, () -> accountService.create(account("Acme"))).id();
        DealData first = as(anna, () -> dealService.create(deal("First", acme)));
        DealData second = as(anna, () -> dealService.create(deal("Second", acme)));
        as(anna, () -> dealService.create(deal("Elsewhere", acme)));
        as(anna, () -> dealService.moveToStage(first.id(), demo.id(), null));
        as(anna, () -> dealService.moveToStage(second.id(), demo.id(), null));
        as(anna, () -> dealService.moveToStage(second.id(), stage("Proposal").id(), null));

        StageData current = admin(() -> settings.loadStage(demo.id()));
        assertThatThrownBy(() -> admin(() -> {
            settings.deleteStage(current.id(), current.version());
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("stage.delete.in-use");
            assertThat(e.getArguments()).containsExactly(2L);
        });
        assertThatThrownBy(() -> admin(() -> settings.updateStage(new StageData(current.id(), current.version(),
                "Demo", 0, ForecastCategory.CLOSED, true, false)))).as("a deal is in it: it cannot become lost")
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("stage.kind.in-use");
                    assertThat(e.getArguments()).containsExactly(1L);
                });
        assertThat(names(admin(() -> settings.stages()))).contains("Demo");
        assertThat(admin(() -> settings.stages())).filteredOn(s -> s.name().equals("Demo"))
                .extracting(StageListItem::deals).containsExactly(1L);
    }

    @Test
    void a_stage_no_deal_used_is_deleted_and_gone_for_everyone() {
        StageData demo = admin(() -> settings.createStage(open("Demo", 60)));

        admin(() -> {
            settings.deleteStage(demo.id(), demo.version());
            return null;
        });

        assertThat(as(anna, () -> dealService.stages())).extracting(StageInfo::name).doesNotContain("Demo");
    }

    @Test
    void changing_or_deleting_a_stage_someone_else_changed_meanwhile_fails_and_keeps_their_change() {
        StageData loaded = admin(() -> settings.createStage(open("Demo", 60)));
        admin(() -> settings.updateStage(renamed(loaded, "Demo by them")));

        assertThatThrownBy(() -> admin(() -> settings.updateStage(renamed(loaded, "Demo by me"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> admin(() -> {
            settings.deleteStage(loaded.id(), loaded.version());
            return null;
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(names(admin(() -> settings.stages()))).contains("Demo by them").doesNotContain("Demo by me");
    }

    // --- lost reasons ----------------------------------------------------------------------------------------------

    @Test
    void lost_reasons_are_added_renamed_and_a_deactivated_one_is_no_longer_offered() {
        LostReasonListItem created = admin(() -> settings.createLostReason("  Went quiet "));
        assertThat(reasonNames()).contains("Went quiet");

        LostReasonListItem renamed = admin(() -> settings.renameLostReason(created.id(), created.version(),
                "No response"));
        LostReasonListItem inactive = admin(() -> settings.setLostReasonActive(renamed.id(), renamed.version(),
                false));

        assertThat(reasonNames()).doesNotContain("Went quiet", "No response").contains("Price");
        assertThat(admin(() -> settings.lostReasons())).filteredOn(r -> r.id() == created.id()).singleElement()
                .extracting(LostReasonListItem::name, LostReasonListItem::active)
                .containsExactly("No response", false);

        admin(() -> settings.setLostReasonActive(inactive.id(), inactive.version(), true));
        assertThat(reasonNames()).contains("No response");
    }

    @Test
    void a_deal_cannot_be_lost_for_a_deactivated_reason() {
        LostReasonListItem reason = admin(() -> settings.createLostReason("Went quiet"));
        admin(() -> settings.setLostReasonActive(reason.id(), reason.version(), false));
        long acme = as(anna, () -> accountService.create(account("Acme"))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Deal", acme)));

        assertRefused(() -> as(anna, () -> dealService.moveToStage(deal.id(), stage("Lost").id(), reason.id())),
                "deal.lost-reason.unknown");
    }

    @Test
    void a_lost_reason_needs_a_unique_name() {
        LostReasonListItem timing = admin(() -> settings.lostReasons()).stream()
                .filter(r -> r.name().equals("Timing")).findFirst().orElseThrow();

        assertRefused(() -> admin(() -> settings.createLostReason(" ")), "lost-reason.name.required");
        assertRefused(() -> admin(() -> settings.createLostReason("x".repeat(101))), "lost-reason.name.too-long");
        assertRefused(() -> admin(() -> settings.createLostReason("PRICE")), "lost-reason.name.taken");
        assertRefused(() -> admin(() -> settings.renameLostReason(timing.id(), timing.version(), "Competitor")),
                "lost-reason.name.taken");
    }

    @Test
    void a_lost_reason_deals_were_lost_for_is_not_deleted_but_can_be_deactivated() {
        long price = reason("Price");
        long acme = as(anna, () -> accountService.create(account("Acme"))).id();
        for (String name : List.of("One", "Two", "Three")) {
            DealData deal = as(anna, () -> dealService.create(deal(name, acme)));
            as(anna, () -> dealService.moveToStage(deal.id(), stage("Lost").id(), price));
        }
        LostReasonListItem item = admin(() -> settings.lostReasons()).stream().filter(r -> r.id() == price)
                .findFirst().orElseThrow();
        assertThat(item.deals()).isEqualTo(3);

        assertThatThrownBy(() -> admin(() -> {
            settings.deleteLostReason(item.id(), item.version());
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("lost-reason.delete.in-use");
            assertThat(e.getArguments()).containsExactly(3L);
        });
        admin(() -> settings.setLostReasonActive(item.id(), item.version(), false));

        assertThat(reasonNames()).doesNotContain("Price");
    }

    @Test
    void an_unused_lost_reason_is_deleted_but_the_last_active_one_stays() {
        LostReasonListItem made = admin(() -> settings.createLostReason("Went quiet"));
        admin(() -> {
            settings.deleteLostReason(made.id(), made.version());
            return null;
        });
        assertThat(admin(() -> settings.lostReasons())).extracting(LostReasonListItem::name)
                .doesNotContain("Went quiet");

        List<LostReasonListItem> all = admin(() -> settings.lostReasons());
        for (LostReasonListItem reason : all.subList(1, all.size())) {
            admin(() -> settings.setLostReasonActive(reason.id(), reason.version(), false));
        }
        LostReasonListItem last = all.getFirst();
        assertRefused(() -> admin(() -> settings.setLostReasonActive(last.id(), last.version(), false)),
                "lost-reason.last-active");
        assertRefused(() -> admin(() -> {
            settings.deleteLostReason(last.id(), last.version());
            return null;
        }), "lost-reason.last-active");
        assertThat(reasonNames()).containsExactly(last.name());
    }

    @Test
    void renaming_a_lost_reason_someone_else_changed_meanwhile_fails() {
        LostReasonListItem loaded = admin(() -> settings.createLostReason("Went quiet"));
        admin(() -> settings.renameLostReason(loaded.id(), loaded.version(), "No response"));

        assertThatThrownBy(() -> admin(() -> settings.renameLostReason(loaded.id(), loaded.version(), "Ghosted")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> admin(() -> settings.setLostReasonActive(loaded.id(), loaded.version(), false)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    // --- who -------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_administrators_change_the_pipeline_while_everyone_reads_it(Role role) {
        StageData demo = admin(() -> settings.createStage(open("Demo", 60)));
        LostReasonListItem reason = admin(() -> settings.createLostReason("Went quiet"));
        Person someone = runAsAdmin("setup", () -> person("someone", role));

        List<ThrowingCallable> adminCalls = List.of(
                () -> as(someone, () -> settings.stages()),
                () -> as(someone, () -> settings.loadStage(demo.id())),
                () -> as(someone, () -> settings.createStage(open("Mine", 10))),
                () -> as(someone, () -> settings.updateStage(renamed(demo, "Mine"))),
                () -> as(someone, () -> settings.moveStageUp(demo.id())),
                () -> as(someone, () -> settings.moveStageDown(demo.id())),
                () -> as(someone, () -> {
                    settings.deleteStage(demo.id(), demo.version());
                    return null;
                }),
                () -> as(someone, () -> settings.lostReasons()),
                () -> as(someone, () -> settings.createLostReason("Mine")),
                () -> as(someone, () -> settings.renameLostReason(reason.id(), reason.version(), "Mine")),
                () -> as(someone, () -> settings.setLostReasonActive(reason.id(), reason.version(), false)),
                () -> as(someone, () -> {
                    settings.deleteLostReason(reason.id(), reason.version());
                    return null;
                }));
        for (ThrowingCallable call : adminCalls) {
            assertThatThrownBy(call).isInstanceOf(AuthorizationDeniedException.class);
        }

        assertThat(as(someone, () -> dealService.stages())).extracting(StageInfo::name).contains("Demo")
                .doesNotContain("Mine");
        assertThat(as(someone, () -> dealService.lostReasons())).extracting(LostReasonRef::name)
                .contains("Went quiet").doesNotContain("Mine");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasMessage(messageKey);
    }

    private static <T> T admin(Supplier<T> action) {
        return runAsAdmin("admin", action);
    }

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private StageInfo stage(String name) {
        return as(anna, () -> dealService.stages()).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private long reason(String name) {
        return as(anna, () -> dealService.lostReasons()).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private List<String> reasonNames() {
        return as(anna, () -> dealService.lostReasons()).stream().map(LostReasonRef::name).toList();
    }

    private static List<String> names(List<StageListItem> stages) {
        return stages.stream().map(StageListItem::name).toList();
    }

    private static StageData open(String name, int probability) {
        return new StageData(null, 0, name, probability, ForecastCategory.BEST_CASE, false, false);
    }

    private static StageData renamed(StageData s, String name) {
        return new StageData(s.id(), s.version(), name, s.probability(), s.forecastCategory(), s.closed(), s.won());
    }

    private Person person(String username, Role role) {
        return org().person(username, role);
    }

    private AccountData account(String name) {
        return new AccountData(null, 0, name, null, null, null, null, null, null, null, AccountStatus.PROSPECT, null,
                anna.id());
    }

    private DealData deal(String name, long accountId) {
        StageInfo first = stage("Qualification");
        return new DealData(null, 0, name, accountId, null, new BigDecimal("100.00"), first.id(),
                first.probability(), false, null, null, anna.id(), null);
    }
}
