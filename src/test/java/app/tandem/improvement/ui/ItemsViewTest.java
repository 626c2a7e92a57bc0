package app.tandem.improvement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.Descendants;
import app.tandem.improvement.ActionPlanService;
import app.tandem.improvement.ActionRow;
import app.tandem.improvement.CorrectiveActionRequest;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImpactData;
import app.tandem.improvement.ImpactService;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemLogService;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.LogItem;
import app.tandem.improvement.LogKind;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.mockito.Mockito;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = Role.MANAGER)
class ItemsViewTest extends BrowserlessViewTest {

    @Autowired
    ImprovementService improvementService;
    @Autowired
    ImpactService impactService;
    @Autowired
    ActionPlanService planService;
    @Autowired
    ItemLogService logService;

    @Test
    void a_manager_moves_an_item_through_pdca_with_the_header_buttons_and_each_step_is_logged() {
        long id = idea(unique("Kanban"));
        ItemsView view = open("improvement/items/" + id, ItemsView.class);
        assertThat(view.detail.isVisible()).isTrue();

        for (ItemStatus step : List.of(ItemStatus.APPROVED, ItemStatus.IN_PROGRESS, ItemStatus.CHECKING,
                ItemStatus.STANDARDISING, ItemStatus.COMPLETED)) {
            test($(Button.class).id("improvement-move-" + step.name())).click();
            assertThat(view.page.statusBadge.getText()).isEqualTo(text("improvement.status." + step.name()));
        }

        assertThat(improvementService.load(id).status()).isEqualTo(ItemStatus.COMPLETED);
        assertThat(logService.log(id)).extracting(LogItem::toStatus).containsExactly(ItemStatus.COMPLETED,
                ItemStatus.STANDARDISING, ItemStatus.CHECKING, ItemStatus.IN_PROGRESS, ItemStatus.APPROVED,
                ItemStatus.SUBMITTED);
        assertThat($(Button.class).from(view.detail.actions()).all()).as("no step after completion").isEmpty();
        assertThat(view.page.impacts.impactsLock.isVisible()).isTrue();
    }

    @Test
    void rejecting_asks_for_a_reason_and_without_one_the_item_stays_submitted() {
        long id = idea(unique("Coffee"));
        open("improvement/items/" + id, ItemsView.class);

        test($(Button.class).id("improvement-move-REJECTED")).click();
        test($(Button.class).id("improvement-reject-confirm")).click();

        assertThat($(TextArea.class).id("improvement-reject-reason").isInvalid()).isTrue();
        assertThat(improvementService.load(id).status()).isEqualTo(ItemStatus.SUBMITTED);

        test($(TextArea.class).id("improvement-reject-reason")).setValue("Out of scope");
        test($(Button.class).id("improvement-reject-confirm")).click();

        assertThat(improvementService.load(id).status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(improvementService.load(id).statusReason()).isEqualTo("Out of scope");
    }

    @Test
    void deferring_asks_for_the_date_to_revisit() {
        long id = idea(unique("Racking"));
        open("improvement/items/" + id, ItemsView.class);

        test($(Button.class).id("improvement-move-DEFERRED")).click();
        test($(DatePicker.class).id("improvement-defer-date")).setValue(LocalDate.now().plusMonths(2));
        test($(Button.class).id("improvement-defer-confirm")).click();

        assertThat(improvementService.load(id).status()).isEqualTo(ItemStatus.DEFERRED);
        assertThat(improvementService.load(id).revisitDate()).isEqualTo(LocalDate.now().plusMonths(2));
    }

    @Test
    void the_a3_sections_impacts_and_comments_are_kept_on_the_item_page() {
        long id = idea(unique("Scrap"));
        ItemsView view = open("improvement/items/" + id, ItemsView.class);

        test(view.page.form.goal).setValue("Half the scrap on line 2");
        test(view.page.form.whySteps).setValue("Parts are scratched\nTrays are worn\nNo tray replacement plan");
        test(view.page.form.save).click();
        test(view.page.impacts.addImpact).click();
        ImpactDialog dialog = $(ImpactDialog.class).single();
        test(dialog.recurrence).selectItem(text("improvement.impact.recurrence.MONTHLY"));
        test(dialog.target).setValue(new BigDecimal("250"));
        test(dialog.save).click();
        test(view.page.log.comment).setValue("Trays ordered");
        test(view.page.log.addComment).click();

        assertThat(improvementService.load(id).goal()).isEqualTo("Half the scrap on line 2");
        assertThat(improvementService.load(id).whySteps()).containsExactly("Parts are scratched", "Trays are worn",
                "No tray replacement plan");
        assertThat(impactService.impacts(id)).extracting(ImpactData::annualTarget)
                .singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("3000"));
        assertThat(logService.log(id).getFirst().kind()).isEqualTo(LogKind.COMMENT);
        assertThat(test(view.page.impacts.impacts).size()).isEqualTo(1);
    }

    @Test
    void a_plan_row_is_changed_in_place_and_keeps_its_done_mark() {
        long id = idea(unique("Dock doors"));
        ItemsView view = open("improvement/items/" + id, ItemsView.class);
        test(view.page.plan.newActionWhat).setValue("Measure door cycle times");
        test(view.page.plan.newActionDue).setValue(LocalDate.of(2030, 3, 1));
        test(view.page.plan.addAction).click();
        ActionRow added = planService.actions(id).getFirst();
        planService.saveAction(id, new ActionRow(added.id(), added.version(), added.what(), added.ownerId(),
                added.dueDate(), true));
        view = open("improvement/items/" + id, ItemsView.class);

        test(Descendants.byId(test(view.page.plan.plan).getCellComponent(0, 4), Button.class,
                "improvement-action-edit-" + added.id())).click();
        assertThat(view.page.plan.newActionWhat.getValue()).isEqualTo("Measure door cycle times");
        test(view.page.plan.newActionWhat).setValue("Measure door cycle times on both shifts");
        test(view.page.plan.newActionDue).setValue(LocalDate.of(2030, 4, 1));
        test(view.page.plan.addAction).click();

        assertThat(planService.actions(id)).singleElement().satisfies(row -> {
            assertThat(row.what()).isEqualTo("Measure door cycle times on both shifts");
            assertThat(row.dueDate()).isEqualTo(LocalDate.of(2030, 4, 1));
            assertThat(row.done()).isTrue();
        });
        assertThat(view.page.plan.newActionWhat.getValue()).as("back to adding").isEmpty();
        assertThat(view.page.plan.addAction.getText()).isEqualTo(text("improvement.action.add"));
    }

    @Test
    void a_corrective_action_links_to_the_record_it_was_raised_from() {
        long me = improvementService.load(idea(unique("Owner probe"))).ownerId();
        long id = improvementService.openCorrectiveAction(new CorrectiveActionRequest(unique("Late quotes"),
                "Quotes for key accounts leave after five days", null, me, null, "DEAL", 42L, "Deal Acme renewal"));

        ItemsView view = open("improvement/items/" + id, ItemsView.class);

        assertThat(view.page.origin.isVisible()).isTrue();
        assertThat(view.page.origin.getText()).isEqualTo(text("improvement.origin", "Deal Acme renewal"));
        assertThat(view.page.origin.getHref()).isEqualTo("crm/deals/42");
    }

    @Test
    void the_list_filters_by_status_and_shows_the_overdue_badge() {
        String word = unique("Overdue");
        long id = idea(word);
        var data = improvementService.load(id);
        improvementService.update(new app.tandem.improvement.ItemData(data.id(), data.version(), data.kind(),
                data.title(), data.problemStatement(), data.areaId(), data.teamId(), data.submitterId(),
                data.ownerId(), data.approverId(), data.priority(), LocalDate.now().minusDays(3), data.status(),
                null, null, null, null, null, null, null, null, List.of(), null, null, null, false));
        ItemsView view = open("improvement/items", ItemsView.class);

        test(view.search).setValue(word);
        test(view.statusFilter).selectItem(text("improvement.status.SUBMITTED"));

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).overdue()).isTrue();
        test(view.statusFilter).selectItem(text("improvement.status.APPROVED"));
        assertThat(test(view.grid).size()).isZero();
        assertThat(improvementService.list(new ItemFilter(word, null, null, null, null, null, true, null, null),
                PageRequest.of(0, 5)).getContent()).hasSize(1);
    }

    @Test
    void the_filtered_list_exports_to_csv_and_xlsx() throws Exception {
        String word = unique("Export");
        idea(word);
        idea(unique("Not exported"));
        ItemsView view = open("improvement/items", ItemsView.class);
        test(view.search).setValue(word);

        String csv = new String(download(view.exports.csv), StandardCharsets.UTF_8).replace("\uFEFF", "");
        byte[] xlsx = download(view.exports.xlsx);

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(0)).startsWith(text("improvement.field.title"));
        assertThat(csv.lines().toList().get(1)).contains(word).contains(text("improvement.status.SUBMITTED"));
        assertThat(xlsx).hasSizeGreaterThan(100);
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).as("a zip, as xlsx files are").isEqualTo("PK");
    }

    /** Runs the link's download as the browser's request would, into memory. */
    private static byte[] download(Anchor link) throws Exception {
        ElementStreamResource resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(ElementStreamResource.class, URI.create(link.getHref())).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = Mockito.mock(VaadinResponse.class);
        Mockito.when(response.getOutputStream()).thenReturn(out);
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(
                Mockito.mock(VaadinRequest.class), response, VaadinSession.getCurrent(), resource.getOwner()));
        return out.toByteArray();
    }

    private long idea(String title) {
        return improvementService.submitIdea(new IdeaDraft(title, "Problem of " + title, null, null));
    }

    static String unique(String prefix) {
        return prefix + " " + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0xfffffff));
    }

    static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
