package app.tandem.crm.ui;

import app.tandem.crm.LostReasonListItem;
import app.tandem.crm.PipelineSettingsService;
import app.tandem.crm.StageListItem;
import app.tandem.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administration of the pipeline: its stages in order and the lost reasons, two reference lists
 * ({@link StagesSection}, {@link LostReasonsSection}). Select a row, then act on it with the buttons above its
 * grid, so every action is reachable by keyboard; a double click opens a row for editing. The deals view and the
 * pipeline board read the stages when they open, so changes show there on their next open.
 */
@Route("admin/pipeline")
@RolesAllowed(Roles.ADMIN)
class PipelineSettingsView extends Div implements HasDynamicTitle {

    final Grid<StageListItem> stages;
    final Button newStage;
    final Button editStage;
    final Button moveUp;
    final Button moveDown;
    final Button deleteStage;
    final Grid<LostReasonListItem> lostReasons;
    final Button newLostReason;
    final Button renameLostReason;
    final Button toggleLostReason;
    final Button deleteLostReason;

    PipelineSettingsView(PipelineSettingsService settings) {
        addClassName("settings-view");
        setId("pipeline-settings");
        StagesSection stageList = new StagesSection(settings);
        LostReasonsSection reasonList = new LostReasonsSection(settings);
        stages = stageList.grid;
        newStage = stageList.newStage;
        editStage = stageList.editStage;
        moveUp = stageList.moveUp;
        moveDown = stageList.moveDown;
        deleteStage = stageList.deleteStage;
        lostReasons = reasonList.grid;
        newLostReason = reasonList.newLostReason;
        renameLostReason = reasonList.renameLostReason;
        toggleLostReason = reasonList.toggleLostReason;
        deleteLostReason = reasonList.deleteLostReason;
        add(stageList, reasonList);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pipeline-settings") + " | " + getTranslation("app.name");
    }
}
