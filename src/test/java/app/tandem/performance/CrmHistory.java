package app.tandem.performance;

import app.tandem.MutableClock;
import app.tandem.TestOrg.Person;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.DealData;
import app.tandem.crm.DealService;
import app.tandem.crm.Recurrence;
import app.tandem.crm.StageInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * CRM records made through the real CRM services at known instants (the test clock is set for each), so that the
 * performance metrics can be checked against them: accounts created, deals won or lost, activities done.
 */
final class CrmHistory {

    private final AccountService accounts;
    private final DealService deals;
    private final ActivityService activities;
    private final MutableClock clock;

    CrmHistory(AccountService accounts, DealService deals, ActivityService activities, MutableClock clock) {
        this.accounts = accounts;
        this.deals = deals;
        this.activities = activities;
        this.clock = clock;
    }

    long account(Person owner, String at) {
        clock.setInstant(Instant.parse(at));
        return owner.run(() -> accounts.create(new AccountData(null, 0, "Account of " + owner.username() + " " + at,
                null, null, null, null, null, null, null, AccountStatus.PROSPECT, null, owner.id())).id());
    }

    /** A deal created in the first open stage and won at that instant. */
    long won(Person owner, long account, String amount, String at) {
        long deal = open(owner, account, amount, "Qualification", null, at);
        owner.exec(() -> deals.win(deal));
        return deal;
    }

    long lost(Person owner, long account, String amount, String at) {
        long deal = open(owner, account, amount, "Qualification", null, at);
        owner.exec(() -> deals.lose(deal, deals.lostReasons().getFirst().id()));
        return deal;
    }

    /** An open deal in the named stage (its probability is the stage's), expected to close on that day. */
    long open(Person owner, long account, String amount, String stageName, LocalDate closeDate, String at) {
        clock.setInstant(Instant.parse(at));
        return owner.run(() -> {
            StageInfo first = deals.stages().getFirst();
            DealData created = deals.create(new DealData(null, 0, "Deal " + amount + " " + at, account, null,
                    new BigDecimal(amount), first.id(), first.probability(), false, closeDate, null, owner.id(), null));
            StageInfo stage = deals.stages().stream().filter(s -> s.name().equals(stageName)).findFirst().orElseThrow();
            if (stage.id() != first.id()) {
                deals.moveToStage(created.id(), stage.id(), null);
            }
            return created.id();
        });
    }

    /** An activity planned and marked done at that instant. */
    long done(Person owner, long account, String at) {
        clock.setInstant(Instant.parse(at));
        return owner.run(() -> {
            ActivityData planned = activities.create(new ActivityData(null, 0, ActivityType.CALL, "Call at " + at, null,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), 15, ActivityStatus.PLANNED, account,
                    null, null, owner.id(), Recurrence.NONE, null));
            activities.complete(planned.id());
            return planned.id();
        });
    }
}
