package app.tandem.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.DealService;
import app.tandem.crm.ForecastCategory;
import app.tandem.crm.LostReasonListItem;
import app.tandem.crm.LostReasonRef;
import app.tandem.crm.PipelineSettingsService;
import app.tandem.crm.StageData;
import app.tandem.crm.StageInfo;
import app.tandem.crm.StageListItem;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator sets up the pipeline at /admin/pipeline. The stages and lost reasons are shared by all view
 * tests: each test names what it adds "View test ..." and removes it afterwards, so the pipeline's order stays.
 */
@WithTandemUser(roles = Role.ADMIN)
class PipelineSettingsViewTest extends BrowserlessViewTest {

    static final String PREFIX = "View test ";

    @Autowired
    PipelineSettingsService settings;
    @Autowired
    DealService dealService;

    @AfterEach
    void removeWhatTheTestAdded() {
        settings.stages().stream().filter(s -> s.name().startsWith(PREFIX))
                .forEach(s -> settings.deleteStage(s.id(), s.version()));
        settings.lostReasons().stream().filter(r -> r.name().startsWith(PREFIX))
                .forEach(r -> settings.deleteLostReason(r.id(), r.version()));
    }

    @Test
    void an_admin_adds_a_stage_moves_it_up_twice_and_deals_get_it_in_that_order() {
        List<String> before = dealService.stages().stream().map(StageInfo::name).toList();
        String name = unique("Demo");
        PipelineSettingsView view = open("admin/pipeline", PipelineSettingsView.class);

        test(view.newStage).click();
        StageForm form = $(StageForm.class).single();
        test(form.name).setValue(name);
        test(form.kind).selectItem(text("stage.kind.OPEN"));
        test(form.probability).setValue(35);
        test(form.forecastCategory).selectItem(text("forecast.category.BEST_CASE"));
        test(form.save).click();

        var grid = test(view.stages);
        assertThat(grid.getRow(grid.size() - 1).name()).as("added at the end").isEqualTo(name);
        assertThat(grid.getSelected()).extracting(StageListItem::name).containsExactly(name);
        assertThat(view.moveDown.isEnabled()).as("the last cannot move down").isFalse();

        test(view.moveUp).click();
        test(view.moveUp).click();

        List<String> expected = new ArrayList<>(before);
        expected.add(before.size() - 2, name);
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).name())).containsExactlyElementsOf(
                expected);
        assertThat(grid.getSelected()).as("still selected, to move on").extracting(StageListItem::name)
                .containsExactly(name);
        assertThat(dealService.stages()).extracting(StageInfo::name).containsExactlyElementsOf(expected);
        StageInfo added = dealService.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(added.probability()).isEqualTo(35);
        assertThat(added.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(added.closed()).isFalse();
    }

    @Test
    void the_stage_form_names_what_is_missing_and_saves_nothing() {
        int before = settings.stages().size();
        PipelineSettingsView view = open("admin/pipeline", PipelineSettingsView.class);

        test(view.newStage).click();
        StageForm form = $(StageForm.class).single();
        form.probability.clear();
        test(form.save).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo(text("stage.name.required"));
        assertThat(form.probability.isInvalid()).isTrue();
        assertThat(form.probability.getErrorMessage()).isEqualTo(text("deal.probability.range"));
        assertThat(settings.stages()).hasSize(before);
    }

    @Test
    void a_won_stage_is_offered_only_the_closed_forecast_category() {
        PipelineSettingsView view = open("admin/pipeline", PipelineSettingsView.class);
        test(view.newStage).click();
        StageForm form = $(StageForm.class).single();

        test(form.kind).selectItem(text("stage.kind.WON"));

        assertThat(form.forecastCategory.getValue()).isEqualTo(ForecastCategory.CLOSED);
        assertThat(form.forecastCategory.isReadOnly()).isTrue();
    }

    @Test
    void deleting_a_stage_asks_first_and_the_only_won_stage_is_refused_with_the_reason() {
        String name = unique("Unused");
        settings.createStage(new StageData(null, 0, name, 20, ForecastCategory.PIPELINE, false,
                false));
        PipelineSettingsView view = open("admin/pipeline", PipelineSettingsView.class);
        var grid = test(view.stages);

        grid.select(indexOf(view, name));
        test(view.deleteStage).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo(text("pipeline-settings.stage.delete.title", name));
        test(confirm).confirm();

        assertThat(settings.stages()).extracting(StageListItem::name).doesNotContain(name);

        grid.select(indexOf(view, "Won"));
        test(view.deleteStage).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains(text("stage.pipeline.needs-won"));
        assertThat(settings.stages()).extracting(StageListItem::name).contains("Won");
    }

    @Test
    void a_lost_reason_is_added_and_once_deactivated_no_longer_offered_for_lost_deals() {
        String name = unique("Went quiet");
        PipelineSettingsView view = open("admin/pipeline", PipelineSettingsView.class);

        test(view.newLostReason).click();
        test($(TextField.class).id("lost-reason-name")).setValue(name);
        test($(Button.class).id("lost-reason-save")).click();

        assertThat(dealService.lostReasons()).extracting(LostReasonRef::name).contains(name);
        var grid = test(view.lostReasons);
        assertThat(grid.getSelected()).extracting(LostReasonListItem::name).containsExactly(name);
        assertThat(view.toggleLostReason.getText()).isEqualTo(text("pipeline-settings.lost-reason.deactivate"));

        test(view.toggleLostReason).click();

        assertThat(dealService.lostReasons()).extracting(LostReasonRef::name).doesNotContain(name);
        assertThat(grid.getSelected()).singleElement().extracting(LostReasonListItem::active).isEqualTo(false);
        assertThat(view.toggleLostReason.getText()).isEqualTo(text("pipeline-settings.lost-reason.activate"));
    }

    @Test
    void a_lost_reason_needs_a_name_and_deleting_one_asks_first() {
        String name = unique("Budget cut");
        PipelineSettingsView view = open("admin/pipeline", PipelineSettingsView.class);
        test(view.newLostReason).click();
        TextField field = $(TextField.class).id("lost-reason-name");

        test($(Button.class).id("lost-reason-save")).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(text("lost-reason.name.required"));

        test(field).setValue(name);
        test($(Button.class).id("lost-reason-save")).click();
        test(view.deleteLostReason).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo(text("pipeline-settings.lost-reason.delete.title", name));
        test(confirm).confirm();

        assertThat(settings.lostReasons()).extracting(LostReasonListItem::name).doesNotContain(name);
    }

    @Test
    void renaming_a_lost_reason_someone_else_renamed_meanwhile_keeps_the_typed_name_and_reload_shows_theirs() {
        LostReasonListItem reason = settings.createLostReason(unique("Went quiet"));
        String theirs = unique("No answer");
        String mine = unique("Ghosted");
        PipelineSettingsView view = open("admin/pipeline", PipelineSettingsView.class);
        List<LostReasonListItem> rows = view.lostReasons.getGenericDataView().getItems().toList();
        test(view.lostReasons).select(rows.indexOf(reason));
        test(view.renameLostReason).click();
        TextField field = $(TextField.class).id("lost-reason-name");
        test(field).setValue(mine);

        settings.renameLostReason(reason.id(), reason.version(), theirs);
        test($(Button.class).id("lost-reason-save")).click();

        assertThat($(Span.class).withText(text("error.conflict")).exists()).isTrue();
        assertThat(field.getValue()).as("the typed name stays").isEqualTo(mine);
        assertThat(settings.lostReasons()).extracting(LostReasonListItem::name).contains(theirs).doesNotContain(mine);

        test($(Button.class).id("conflict-reload")).click();
        assertThat(field.getValue()).isEqualTo(theirs);
        test(field).setValue(mine);
        test($(Button.class).id("lost-reason-save")).click();
        assertThat(settings.lostReasons()).extracting(LostReasonListItem::name).contains(mine).doesNotContain(theirs);
    }

    private static int indexOf(PipelineSettingsView view, String name) {
        List<StageListItem> rows = view.stages.getGenericDataView().getItems().toList();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static String unique(String name) {
        return PREFIX + name + " " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
