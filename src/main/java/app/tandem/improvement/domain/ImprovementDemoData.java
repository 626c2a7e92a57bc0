package app.tandem.improvement.domain;

import app.tandem.base.DemoMode;
import app.tandem.improvement.ImpactRecurrence;
import app.tandem.improvement.ImpactType;
import app.tandem.improvement.ImpactUnit;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.Priority;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
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
 * Demo improvements, seeded once (after the demo users) into an empty module: areas, and three dozen items of
 * all kinds across the lifecycle and the teams, raised over the last months, with impacts, plans and logs.
 */
@Component
@Conditional(DemoMode.class)
@Order(40)
class ImprovementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImprovementDemoData.class);

    private static final String[][] IDEAS = {
        {"Pallet wrapping uses too much film", "Operators wrap every pallet with three layers of stretch film."},
        {"Label printer jams at packing station 2", "Ribbons run out mid-shift and labels are reprinted by hand."},
        {"Walking distance to the returns shelf", "Returns are stored at the far end of the hall."},
        {"Duplicate data entry for delivery notes", "Delivery notes are typed into two systems."},
        {"Forklift charging slots are blocked", "Chargers are occupied by idle trucks during the day shift."},
        {"Scanner holsters for pickers", "Scanners get dropped and broken every week."},
        {"Shift handover checklist", "Open orders get lost between the late and the night shift."},
        {"Reusable crates for inbound parts", "Cardboard from suppliers fills two containers a week."},
        {"Kanban for screws and small parts", "Line 2 stops when fasteners run out."},
        {"LED lighting at the loading dock", "The dock is dark in winter and the old lamps fail often."},
        {"Customer complaint replies take too long", "Complaints wait a week before the first answer."},
        {"Standard work for machine changeover", "Changeover on line 1 takes between 40 and 90 minutes."},
        {"Glove dispensers at each line", "Gloves are fetched from the store room several times per shift."},
        {"Quote template for repeat customers", "Sales retypes the same quote for every repeat order."},
        {"Visual stock levels in the store room", "Nobody sees that consumables are low until they are gone."},
        {"Fire exit B kept clear", "Pallets were found in front of emergency exit B twice this month."},
        {"Reduce scrap on line 2", "Scratched parts are scrapped at final inspection."},
        {"Invoice approval in one step", "Supplier invoices need three signatures for small amounts."},
        {"Night shift parking lights", "The staff car park is unlit after 10 pm."},
        {"Pick list sorted by aisle", "Pick lists are sorted by order line, pickers walk back and forth."},
        {"Preventive maintenance plan for conveyors", "Conveyor belts fail without warning."},
        {"Onboarding buddy for new staff", "New colleagues need weeks to find their way around."},
        {"Water station in the warehouse", "Staff walk to the canteen for water in summer."},
        {"Dock door scheduling", "Trucks wait up to two hours for a free door."},
        {"Cycle counting instead of annual inventory", "The annual inventory closes the warehouse for two days."},
        {"Cable management at the office desks", "Loose cables are a tripping hazard."},
        {"Shared calendar for meeting rooms", "Rooms are double-booked several times a week."},
        {"Returnable pallets with the main supplier", "We buy new pallets every month."},
        {"Energy meter per production hall", "We cannot tell which hall uses how much energy."},
        {"Spare parts list for the packing machine", "Repairs wait for parts that are not in stock."},
        {"Weekly 15-minute team huddle", "Problems are discussed only when they escalate."},
        {"Digital time sheets", "Paper time sheets are typed in by the office every Friday."},
        {"Color-coded bins for waste separation", "Recyclables end up in general waste."},
        {"Noise protection at the compressor", "The compressor room exceeds the noise limit."},
        {"Automatic reorder for office supplies", "Someone orders paper only when the printer is empty."},
        {"Safety shoes in all sizes in stock", "Temporary staff work without safety shoes for days."},
    };

    private static final List<ItemStatus> STATUSES = List.of(ItemStatus.SUBMITTED, ItemStatus.SUBMITTED,
            ItemStatus.APPROVED, ItemStatus.IN_PROGRESS, ItemStatus.IN_PROGRESS, ItemStatus.CHECKING,
            ItemStatus.STANDARDISING, ItemStatus.COMPLETED, ItemStatus.COMPLETED, ItemStatus.COMPLETED,
            ItemStatus.REJECTED, ItemStatus.DEFERRED, ItemStatus.DRAFT);

    private final ImprovementItemRepository items;
    private final AreaRepository areas;
    private final ImpactRepository impacts;
    private final ImprovementActionRepository actions;
    private final LogEntryRepository logEntries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Random random = new Random(5_2026L);

    ImprovementDemoData(ImprovementItemRepository items, AreaRepository areas, ImpactRepository impacts,
            ImprovementActionRepository actions, LogEntryRepository logEntries, JdbcTemplate jdbc, Clock clock) {
        this.items = items;
        this.areas = areas;
        this.impacts = impacts;
        this.actions = actions;
        this.logEntries = logEntries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Person(long id, String username, String name, @Nullable Long teamId) {
    }

    @Override
    @Transactional(timeout = DemoMode.SEED_TIMEOUT_SECONDS)
    public void run(ApplicationArguments args) {
        if (items.count() > 0) {
            return;
        }
        // the org feature's demo people, read as plain rows: people are ids here
        List<Person> people = jdbc.query("""
                select u.id, u.username, u.display_name, u.team_id from app_user u where u.active = true order by u.id
                """, (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4)));
        List<Person> staff = people.stream().filter(p -> p.teamId() != null).toList();
        Person manager = people.stream().filter(p -> p.username().equals("manager")).findFirst().orElse(null);
        if (staff.isEmpty() || manager == null) {
            return;
        }
        List<Area> areaList = new ArrayList<>();
        if (areas.count() == 0) {
            for (String name : List.of("Picking", "Packing", "Shipping", "Receiving", "Production", "Office",
                    "Health and safety")) {
                areaList.add(areas.save(new Area(name)));
            }
        } else {
            areaList.addAll(areas.findByActiveTrueOrderByName());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < IDEAS.length; i++) {
            Person submitter = i < 6 ? person(people, staff, "staff") : staff.get(random.nextInt(staff.size()));
            ItemStatus status = STATUSES.get(i % STATUSES.size());
            ItemKind kind = i == 15 ? ItemKind.CORRECTIVE_ACTION
                    : List.of(ItemKind.IDEA, ItemKind.IDEA, ItemKind.KAIZEN, ItemKind.A3, ItemKind.PROJECT).get(i % 5);
            ImprovementItem item = new ImprovementItem(kind, IDEAS[i][0], IDEAS[i][1], submitter.id());
            item.setTeamId(submitter.teamId());
            item.setAreaId(areaList.get(i % areaList.size()).getId());
            item.setApproverId(manager.id());
            item.setPriority(Priority.values()[i % 3]);
            if (i == 15) {
                item.setOrigin("CHECKLIST_RUN_ITEM", 15L, "Monthly safety walk / emergency exits");
            }
            Instant raised = now.minus(Duration.ofDays(5 + random.nextInt(150)));
            item.setDueDate(LocalDate.ofInstant(raised, ZoneOffset.UTC).plusDays(30 + random.nextInt(90)));
            if (kind.usesA3()) {
                item.setBackground("Raised by " + submitter.name() + " after repeated problems.");
                item.setCurrentState(IDEAS[i][1]);
                item.setGoal("Solve the problem for good within one quarter.");
                item.setWhySteps(List.of("It happens every week", "Nobody owns the process step",
                        "There is no standard for it"));
                item.setCountermeasures("Agree a standard, train the team, check weekly.");
            }
            ImprovementItem saved = items.save(item);
            long id = saved.getId();
            Instant at = raised;
            logEntries.save(LogEntry.statusChange(id, null, ItemStatus.DRAFT, null, submitter.id(), "system", at));
            for (ItemStatus step : pathTo(status)) {
                at = at.plus(Duration.ofDays(1 + random.nextInt(step == ItemStatus.COMPLETED ? 20 : 8)));
                if (at.isAfter(now)) {
                    at = now;
                }
                ItemStatus from = saved.getStatus();
                String reason = step == ItemStatus.REJECTED ? "Already covered by the new warehouse layout"
                        : step == ItemStatus.DEFERRED ? "Budget next year" : null;
                saved.moveTo(step, reason, today.plusMonths(3), LocalDate.ofInstant(at, ZoneOffset.UTC));
                String who = step == ItemStatus.SUBMITTED || step == ItemStatus.IN_PROGRESS
                        || step == ItemStatus.CHECKING || step == ItemStatus.STANDARDISING ? submitter.username()
                        : manager.username();
                logEntries.save(LogEntry.statusChange(id, from, step, reason, null, who, at));
            }
            if (i % 3 == 0) {
                logEntries.save(LogEntry.comment(id, "Discussed in the team huddle, looks promising.", manager.id(),
                        manager.username(), at));
            }
            if (status != ItemStatus.DRAFT && status != ItemStatus.REJECTED) {
                Impact money = new Impact(id);
                money.setType(i % 4 == 0 ? ImpactType.TIME : ImpactType.COST);
                money.setUnit(ImpactUnit.MONEY);
                money.setHard(i % 3 != 1);
                money.setRecurrence(i % 2 == 0 ? ImpactRecurrence.MONTHLY : ImpactRecurrence.YEARLY);
                BigDecimal target = BigDecimal.valueOf(i % 2 == 0 ? 100L * (2 + random.nextInt(15))
                        : 1_000L * (1 + random.nextInt(20)));
                money.setTarget(target);
                money.setForecast(target.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP));
                if (status == ItemStatus.COMPLETED || status == ItemStatus.STANDARDISING) {
                    money.setActual(target.multiply(BigDecimal.valueOf(70 + random.nextInt(50)))
                            .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP));
                }
                impacts.save(money);
                if (i % 4 == 1) {
                    Impact quality = new Impact(id);
                    quality.setType(ImpactType.QUALITY);
                    quality.setUnit(ImpactUnit.PERCENT);
                    quality.setRecurrence(ImpactRecurrence.ONE_OFF);
                    quality.setTarget(BigDecimal.valueOf(20));
                    impacts.save(quality);
                }
                ImprovementAction action = new ImprovementAction(id);
                action.setWhat("Agree the new standard with the team");
                action.setOwnerId(submitter.id());
                action.setDueDate(item.getDueDate());
                action.setDone(status == ItemStatus.COMPLETED);
                actions.save(action);
            }
            items.save(saved);
            items.flush();
            jdbc.update("update improvement_item set created_at = ? where id = ?", Timestamp.from(raised), id);
        }
        log.info("Demo data: {} improvement items in {} areas", IDEAS.length, areaList.size());
    }

    private static List<ItemStatus> pathTo(ItemStatus status) {
        return switch (status) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(ItemStatus.SUBMITTED);
            case APPROVED -> List.of(ItemStatus.SUBMITTED, ItemStatus.APPROVED);
            case IN_PROGRESS -> List.of(ItemStatus.SUBMITTED, ItemStatus.APPROVED, ItemStatus.IN_PROGRESS);
            case CHECKING -> List.of(ItemStatus.SUBMITTED, ItemStatus.APPROVED, ItemStatus.IN_PROGRESS,
                    ItemStatus.CHECKING);
            case STANDARDISING -> List.of(ItemStatus.SUBMITTED, ItemStatus.APPROVED, ItemStatus.IN_PROGRESS,
                    ItemStatus.CHECKING, ItemStatus.STANDARDISING);
            case COMPLETED -> List.of(ItemStatus.SUBMITTED, ItemStatus.APPROVED, ItemStatus.IN_PROGRESS,
                    ItemStatus.CHECKING, ItemStatus.STANDARDISING, ItemStatus.COMPLETED);
            case REJECTED -> List.of(ItemStatus.SUBMITTED, ItemStatus.REJECTED);
            case DEFERRED -> List.of(ItemStatus.SUBMITTED, ItemStatus.DEFERRED);
        };
    }

    private static Person person(List<Person> people, List<Person> staff, String username) {
        return people.stream().filter(p -> p.username().equals(username) && p.teamId() != null).findFirst()
                .orElse(staff.getFirst());
    }
}
