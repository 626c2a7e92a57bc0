package app.tandem.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Targets: who creates, proposes and accepts them, bulk creation, copying a period, and validation. */
@TandemServiceTest
class TargetServiceTest {

    static final Period MARCH = new Period(PeriodType.MONTH, LocalDate.of(2026, 3, 1));
    static final MetricRef REVENUE = MetricRef.builtIn(Metric.REVENUE_WON);

    @org.springframework.beans.factory.annotation.Autowired
    UserService userService;
    @org.springframework.beans.factory.annotation.Autowired
    TeamService teamService;
    @org.springframework.beans.factory.annotation.Autowired
    TargetService targetService;

    Person anna;
    Person ben;
    Person sue;
    Person carl;
    Person wes;
    Person max;
    long east;
    long west;

    @BeforeEach
    void twoTeams() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        carl = org.person("carl", Role.STAFF);
        wes = org.person("wes", Role.SUPERVISOR, Role.STAFF);
        max = org.person("max", Role.MANAGER);
        east = org.team("East", TeamKind.SALES, sue, anna, ben);
        west = org.team("West", TeamKind.SALES, wes, carl);
    }

    @Test
    void a_manager_creates_active_targets_in_bulk_one_value_per_member() {
        int set = max.run(() -> targetService.bulkCreate(new BulkTargets(east, REVENUE, MARCH, null,
                Map.of(anna.id(), new BigDecimal("1000"), ben.id(), new BigDecimal("2000")))));

        assertThat(set).isEqualTo(2);
        List<TargetRow> rows = max.run(() -> targetService.list(new TargetFilter(REVENUE, MARCH, east, null, null),
                PageRequest.of(0, 50))).getContent();
        assertThat(rows).extracting(TargetRow::subjectName, r -> r.value().intValue(), TargetRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", 1000, TargetStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple("Ben", 2000, TargetStatus.ACTIVE));
        assertThat(max.run(() -> targetService.list(new TargetFilter(REVENUE, MARCH, east, null, null),
                PageRequest.of(0, 50, org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("value")))).getContent()))
                .as("sorted by the value column, highest first").extracting(TargetRow::subjectName)
                .containsExactly("Ben", "Anna");
        assertThatThrownBy(() -> max.run(() -> targetService.list(TargetFilter.ALL, PageRequest.of(0, 50,
                org.springframework.data.domain.Sort.by("t.id; drop table perf_target")))))
                .as("only the grid's sort keys").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_value_for_all_replaces_existing_targets_of_the_members() {
        max.exec(() -> targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null, MARCH, BigDecimal.ONE)));

        max.exec(() -> targetService.bulkCreate(new BulkTargets(east, REVENUE, MARCH, new BigDecimal("1500"), Map.of())));

        List<TargetRow> rows = max.run(() -> targetService.list(new TargetFilter(null, MARCH, east, null, null),
                PageRequest.of(0, 50))).getContent();
        assertThat(rows).extracting(r -> r.value().intValue()).containsExactly(1500, 1500);
        assertThat(rows).extracting(TargetRow::subjectName).containsExactly("Anna", "Ben");
    }

    @Test
    void copying_last_period_creates_the_next_and_skips_targets_that_exist() {
        max.exec(() -> {
            targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null, MARCH, new BigDecimal("1000")));
            targetService.save(new TargetData(null, 0, REVENUE, ben.id(), null, MARCH, new BigDecimal("2000")));
            targetService.save(new TargetData(null, 0, REVENUE, null, east, MARCH, new BigDecimal("3000")));
            targetService.save(new TargetData(null, 0, REVENUE, carl.id(), null, MARCH, new BigDecimal("9")));
            targetService.save(new TargetData(null, 0, REVENUE, ben.id(), null, MARCH.next(), new BigDecimal("2500")));
        });

        CopyResult result = max.run(() -> targetService.copyToNextPeriod(MARCH, east));

        assertThat(result).isEqualTo(new CopyResult(MARCH.next(), 2, 1));
        List<TargetRow> april = max.run(() -> targetService.list(new TargetFilter(null, MARCH.next(), null, null, null),
                PageRequest.of(0, 50))).getContent();
        assertThat(april).extracting(TargetRow::subjectName, r -> r.value().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("East", 3000), org.assertj.core.groups.Tuple.tuple("Anna", 1000),
                org.assertj.core.groups.Tuple.tuple("Ben", 2500));
    }

    @Test
    void a_supervisor_proposes_for_their_team_only_and_sees_only_their_teams_targets() {
        long proposal = sue.run(() -> targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null, MARCH,
                new BigDecimal("1000"))));
        max.exec(() -> targetService.save(new TargetData(null, 0, REVENUE, carl.id(), null, MARCH, BigDecimal.TEN)));

        assertThat(sue.run(() -> targetService.list(TargetFilter.ALL, PageRequest.of(0, 50))).getContent())
                .extracting(TargetRow::subjectName, TargetRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", TargetStatus.PROPOSED));
        assertThatThrownBy(() -> sue.run(() -> targetService.save(new TargetData(null, 0, REVENUE, carl.id(), null,
                MARCH.next(), BigDecimal.TEN)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sue.run(() -> targetService.members(west))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> sue.exec(() -> targetService.accept(proposal, 0)))
                .isInstanceOf(AccessDeniedException.class);

        max.exec(() -> targetService.accept(proposal, 0));

        assertThatThrownBy(() -> sue.exec(() -> targetService.delete(proposal, 1))).isInstanceOf(DomainException.class)
                .hasMessage("perf.target.accepted");
    }

    @Test
    void staff_may_not_list_or_set_targets() {
        assertThatThrownBy(() -> anna.run(() -> targetService.list(TargetFilter.ALL, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anna.run(() -> targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null,
                MARCH, BigDecimal.TEN)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_changes() {
        assertThatThrownBy(() -> max.run(() -> targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null,
                MARCH, null)))).hasMessage("perf.target.value.required");
        assertThatThrownBy(() -> max.run(() -> targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null,
                MARCH, new BigDecimal("-1"))))).hasMessage("perf.target.value.range");
        assertThatThrownBy(() -> max.run(() -> targetService.save(new TargetData(null, 0, REVENUE, null, null,
                MARCH, BigDecimal.ONE)))).hasMessage("perf.target.subject.required");
        long id = max.run(() -> targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null, MARCH,
                BigDecimal.ONE)));
        assertThatThrownBy(() -> max.run(() -> targetService.save(new TargetData(null, 0, REVENUE, anna.id(), null,
                MARCH, BigDecimal.TEN)))).hasMessage("perf.target.exists");
        assertThatThrownBy(() -> max.run(() -> targetService.save(new TargetData(id, 7, REVENUE, anna.id(), null,
                MARCH, BigDecimal.TEN)))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(max.run(() -> targetService.load(id)).value()).isEqualByComparingTo("1");
    }
}
