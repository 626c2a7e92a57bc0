package app.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.List;
import java.util.Map;

/**
 * A working day per kind of user, over the demo logins (password demo-1234, seeded by a fresh embedded
 * database): the named roles and the generated team members.
 */
final class RoleScenarios {

    /** A kind of user: who logs in, how many of the virtual users are of this kind, and what they do. */
    record Role(String name, List<String> usernames, double weight, ChainBuilder day) {

        ScenarioBuilder scenario() {
            List<Map<String, Object>> logins = usernames.stream().map(u -> Map.<String, Object>of("username", u))
                    .toList();
            return CoreDsl.scenario(name).exitBlockOnFail().on(feed(listFeeder(logins).circular())
                    .exec(Journeys.login())
                    .exec(Journeys.think())
                    .exec(day)
                    .exec(Journeys.think())
                    .exec(Journeys.logout()));
        }
    }

    private RoleScenarios() {
    }

    /** Sales staff and their supervisors: the CRM most of the day, then feedback and the board. */
    static final Role SALES = new Role("sales", List.of("staff", "supervisor", "federico.leffler", "soo.renner",
            "kary.kihn", "harry.runte", "nicolasa.funk", "arlie.torp", "homer.hansen", "boyce.johns"), 45,
            exec(Journeys.myWork()).exec(Journeys.think())
                    .exec(Journeys.accounts()).exec(Journeys.think())
                    .exec(Journeys.pipelineAndDeal()).exec(Journeys.think())
                    .exec(Vaadin.heartbeat())
                    .exec(Journeys.checklistRun()).exec(Journeys.think())
                    .exec(Journeys.feedback()).exec(Journeys.think())
                    .exec(Journeys.home()));

    /** Compliance officers and the auditor: checklist runs, then the improvement board. */
    static final Role COMPLIANCE = new Role("compliance", List.of("officer", "auditor", "gaye.crist",
            "graig.wehner", "anderson.toy"), 20,
            exec(Journeys.myWork()).exec(Journeys.think())
                    .exec(Journeys.checklistRun()).exec(Journeys.think())
                    .exec(Vaadin.heartbeat())
                    .exec(Journeys.improvementBoard()).exec(Journeys.think())
                    .exec(Journeys.feedback()).exec(Journeys.think())
                    .exec(Journeys.home()));

    /** Operations: improvement board, checklists and feedback. */
    static final Role OPERATIONS = new Role("operations", List.of("christeen.hartmann", "lashawnda.bernier",
            "merrilee.corwin", "ana.wyman", "paulene.doyle", "robby.beer"), 20,
            exec(Journeys.myWork()).exec(Journeys.think())
                    .exec(Journeys.improvementBoard()).exec(Journeys.think())
                    .exec(Vaadin.heartbeat())
                    .exec(Journeys.checklistRun()).exec(Journeys.think())
                    .exec(Journeys.feedback()).exec(Journeys.think())
                    .exec(Journeys.home()));

    /** Manager and administrator: the figures, the pipeline and the board across all teams. */
    static final Role MANAGEMENT = new Role("management", List.of("manager", "admin"), 15,
            exec(Journeys.myWork()).exec(Journeys.think())
                    .exec(Journeys.pipelineAndDeal()).exec(Journeys.think())
                    .exec(Vaadin.heartbeat())
                    .exec(Journeys.accounts()).exec(Journeys.think())
                    .exec(Journeys.improvementBoard()).exec(Journeys.think())
                    .exec(Journeys.feedback()).exec(Journeys.think())
                    .exec(Journeys.home()));

    static final List<Role> ALL = List.of(SALES, COMPLIANCE, OPERATIONS, MANAGEMENT);
}
