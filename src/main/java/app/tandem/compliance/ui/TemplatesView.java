package app.tandem.compliance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.GridNavigation;
import app.tandem.compliance.CategoryRow;
import app.tandem.compliance.ChecklistCategoryService;
import app.tandem.compliance.ChecklistTemplateService;
import app.tandem.compliance.TemplateDraft;
import app.tandem.compliance.TemplateListItem;
import app.tandem.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** Checklist templates: the list with their published and draft versions, and a new template. */
@Route("compliance/templates")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE_OFFICER})
class TemplatesView extends Div implements HasDynamicTitle {

    private final ChecklistTemplateService service;
    private final ChecklistCategoryService categories;
    final Grid<TemplateListItem> grid = new Grid<>();
    final TextField search = new TextField();
    final Button create = new Button();

    TemplatesView(ChecklistTemplateService service, ChecklistCategoryService categories) {
        this.service = service;
        this.categories = categories;
        addClassName("templates-view");
        search.setPlaceholder(getTranslation("compliance.templates.search"));
        search.setId("templates-search");
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("compliance.template.new"));
        create.setId("template-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createDialog());
        grid.setId("templates-grid");
        grid.addColumn(TemplateListItem::name).setHeader(getTranslation("compliance.field.name")).setFlexGrow(3)
                .setSortProperty("name");
        grid.addColumn(TemplateListItem::category).setHeader(getTranslation("compliance.field.category"));
        grid.addColumn(t -> t.publishedNumber() == null ? getTranslation("compliance.template.unpublished")
                : getTranslation("compliance.template.published-version", t.publishedNumber()))
                .setHeader(getTranslation("compliance.field.published"));
        grid.addColumn(t -> t.hasDraft() ? getTranslation("compliance.template.draft-version", t.latestNumber()) : "")
                .setHeader(getTranslation("compliance.field.draft"));
        grid.setItems(q -> service.list(search.getValue(), null, toSpringPageRequest(q)).stream());
        grid.setEmptyStateText(getTranslation("compliance.templates.empty"));
        GridNavigation.openRowsWith(grid, t -> openEditor(t.id()));
        Div bar = new Div(search, create);
        bar.addClassName("filter-bar");
        add(new H2(getTranslation("nav.compliance.templates")), bar, grid);
        setSizeFull();
    }

    static void openEditor(long id) {
        UI.getCurrent().navigate(TemplateEditorView.class, new RouteParameters("id", Long.toString(id)));
    }

    void createDialog() {
        Dialog dialog = new Dialog(getTranslation("compliance.template.new"));
        dialog.setId("template-dialog");
        TextField name = new TextField(getTranslation("compliance.field.name"));
        name.setId("template-name");
        name.setRequired(true);
        name.setMaxLength(200);
        ComboBox<CategoryRow> category = new ComboBox<>(getTranslation("compliance.field.category"));
        category.setId("template-category");
        category.setItems(categories.active());
        category.setItemLabelGenerator(CategoryRow::name);
        category.setRequired(true);
        TextArea description = new TextArea(getTranslation("compliance.field.description"));
        description.setMaxLength(2000);
        Button save = new Button(getTranslation("compliance.template.create"), e -> {
            if (category.isEmpty()) {
                category.setInvalid(true);
                category.setErrorMessage(getTranslation("compliance.category.unknown"));
                return;
            }
            long id = service.create(new TemplateDraft(name.getValue(), category.getValue().id(),
                    description.getValue()));
            dialog.close();
            openEditor(id);
        });
        save.setId("template-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, category, description));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compliance.templates");
    }
}
