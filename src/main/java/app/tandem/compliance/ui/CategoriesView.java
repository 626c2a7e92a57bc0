package app.tandem.compliance.ui;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.compliance.CategoryRow;
import app.tandem.compliance.ChecklistCategoryService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators keep the checklist categories: add, rename, retire and bring back. */
@Route("admin/checklist-categories")
@RolesAllowed(Roles.ADMIN)
class CategoriesView extends Div implements HasDynamicTitle {

    private final ChecklistCategoryService service;
    final Grid<CategoryRow> grid = new Grid<>();
    final TextField name = new TextField();
    final Button add = new Button();

    CategoriesView(ChecklistCategoryService service) {
        this.service = service;
        addClassName("categories-view");
        name.setLabel(getTranslation("compliance.category.new"));
        name.setId("category-name");
        name.setMaxLength(100);
        add.setText(getTranslation("compliance.category.add"));
        add.setId("category-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(name);
        add.addClickListener(e -> {
            try {
                service.create(name.getValue());
                Notices.success(getTranslation("compliance.category.saved"));
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (RuntimeException ex) {
                // shown at the field, where the name is typed
                name.setInvalid(true);
                name.setErrorMessage(Failures.describe(ex));
            }
        });
        grid.setId("categories-grid");
        grid.addComponentColumn(row -> {
            TextField field = new TextField();
            field.setValue(row.name());
            field.setMaxLength(100);
            field.setWidthFull();
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    run(() -> service.rename(row.id(), row.version(), e.getValue()));
                }
            });
            return field;
        }).setHeader(getTranslation("compliance.field.name")).setFlexGrow(3);
        grid.addColumn(row -> getTranslation(row.active() ? "compliance.category.active"
                : "compliance.category.retired")).setHeader(getTranslation("compliance.field.status"));
        grid.addComponentColumn(row -> {
            Button toggle = new Button(getTranslation(row.active() ? "compliance.category.retire"
                    : "compliance.category.restore"), e -> run(() -> service.setActive(row.id(), row.version(),
                    !row.active())));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return toggle;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("compliance.category.empty"));
        Div bar = new Div(name, add);
        bar.addClassName("filter-bar");
        add(new H2(getTranslation("nav.compliance.categories")), bar, grid);
        refresh();
    }

    /** Makes a change, then shows the list as it now stands; a refusal reaches the error handler. */
    private void run(Runnable change) {
        try {
            change.run();
            Notices.success(getTranslation("compliance.category.saved"));
        } finally {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compliance.categories");
    }
}
