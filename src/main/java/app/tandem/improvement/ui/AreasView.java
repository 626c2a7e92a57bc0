package app.tandem.improvement.ui;

import app.tandem.base.ui.Notices;
import app.tandem.improvement.AreaRef;
import app.tandem.improvement.AreaService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/** The areas or processes improvements are filed under: add, rename, retire and reactivate (administrators). */
@Route("admin/areas")
@RolesAllowed(Roles.ADMIN)
class AreasView extends Div implements HasDynamicTitle {

    private final AreaService areaService;
    final Grid<AreaRef> grid = new Grid<>();
    final TextField name = new TextField();
    final Button add = new Button();

    AreasView(AreaService areaService) {
        this.areaService = areaService;
        addClassName("areas-view");
        name.setPlaceholder(getTranslation("improvement.area.name"));
        name.setAriaLabel(getTranslation("improvement.area.name"));
        name.setId("area-name");
        name.setMaxLength(100);
        add.setText(getTranslation("improvement.area.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("area-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> create());
        add.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(name);
        HorizontalLayout toolbar = new HorizontalLayout(name, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("areas-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(AreaRef::name).setHeader(getTranslation("improvement.area.name")).setFlexGrow(1);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("improvement.area.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("improvement.area.empty"));
        add(new H2(getTranslation("nav.improvement.areas")), toolbar, grid);
        refresh();
    }

    private Component statusCell(AreaRef area) {
        Span badge = new Span(getTranslation(area.active() ? "improvement.area.active" : "improvement.area.retired"));
        badge.addClassNames("status-badge", area.active() ? "status-active" : "status-inactive");
        return badge;
    }

    private Component actions(AreaRef area) {
        Button rename = new Button(getTranslation("improvement.area.rename"), e -> rename(area));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rename.setId("area-rename-" + area.id());
        Button toggle = new Button(getTranslation(area.active() ? "improvement.area.retire"
                : "improvement.area.reactivate"), e -> run(() -> areaService.setActive(area.id(), area.version(),
                        !area.active())));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.setId("area-toggle-" + area.id());
        return new HorizontalLayout(rename, toggle);
    }

    private void create() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("improvement.area.name-required"));
            name.setInvalid(true);
            return;
        }
        if (run(() -> areaService.create(name.getValue()))) {
            name.clear();
            name.setInvalid(false);
        }
    }

    private void rename(AreaRef area) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("improvement.area.rename"));
        TextField newName = new TextField(getTranslation("improvement.area.name"));
        newName.setId("area-new-name");
        newName.setValue(area.name());
        newName.setMaxLength(100);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (run(() -> areaService.rename(area.id(), area.version(), newName.getValue()))) {
                dialog.close();
            }
        });
        save.setId("area-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(newName);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        newName.focus();
    }

    private boolean run(Runnable change) {
        try {
            change.run();
            Notices.success(getTranslation("improvement.area.saved"));
            refresh();
            return true;
        } catch (OptimisticLockingFailureException e) {
            // shows the areas as they are now, so that the user sees the other change
            Notices.error(getTranslation("error.conflict"));
            refresh();
        }
        return false;
    }

    private void refresh() {
        grid.setItems(areaService.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.improvement.areas") + " | " + getTranslation("app.name");
    }
}
