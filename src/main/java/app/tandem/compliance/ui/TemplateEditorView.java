package app.tandem.compliance.ui;

import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.compliance.CategoryRow;
import app.tandem.compliance.ChecklistCategoryService;
import app.tandem.compliance.ChecklistTemplateService;
import app.tandem.compliance.ItemRule;
import app.tandem.compliance.TemplateDetails;
import app.tandem.compliance.TemplateDraft;
import app.tandem.compliance.TemplateItemData;
import app.tandem.compliance.VersionContent;
import app.tandem.compliance.VersionStatus;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One template: its details, its versions, and the content of the chosen version. A draft is edited (sections and
 * items, reorder, rules) and published; a published version is read-only and "Edit" starts a new draft from it.
 * "Preview" shows the items as the run page asks them.
 */
@Route("compliance/templates/:id([0-9]{1,12})")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE_OFFICER})
class TemplateEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistTemplateService service;
    private final ChecklistCategoryService categories;
    private long templateId;
    private @Nullable TemplateDetails details;
    private @Nullable VersionContent content;

    final Div head = new Div();
    final Div versionBar = new Div();
    final Div body = new Div();

    TemplateEditorView(ChecklistTemplateService service, ChecklistCategoryService categories) {
        this.service = service;
        this.categories = categories;
        addClassName("template-editor");
        versionBar.addClassName("filter-bar");
        body.addClassName("template-body");
        add(head, versionBar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        templateId = event.getRouteParameters().getLong("id").orElse(-1L);
        load(null);
    }

    void load(@Nullable Long versionId) {
        try {
            details = service.details(templateId);
            long show = versionId != null ? versionId : details.versions().getFirst().id();
            content = service.content(show);
        } catch (RuntimeException e) {
            // instead of an empty page: the notice says why, the page says "not found"
            Failures.show(e);
            removeAll();
            add(new H2(getTranslation("error.not-found")));
            return;
        }
        render();
    }

    private void render() {
        TemplateDetails d = details;
        VersionContent c = content;
        if (d == null || c == null) {
            return;
        }
        head.removeAll();
        TextField name = new TextField(getTranslation("compliance.field.name"), d.name(), "");
        name.setId("template-name");
        name.setMaxLength(200);
        ComboBox<CategoryRow> category = new ComboBox<>(getTranslation("compliance.field.category"));
        List<CategoryRow> all = categories.all();
        category.setItems(all.stream().filter(r -> r.active() || r.id() == d.categoryId()).toList());
        category.setItemLabelGenerator(CategoryRow::name);
        category.setValue(all.stream().filter(r -> r.id() == d.categoryId()).findFirst().orElse(null));
        TextArea description = new TextArea(getTranslation("compliance.field.description"));
        description.setValue(d.description() == null ? "" : d.description());
        description.setMaxLength(2000);
        Button saveDetails = new Button(getTranslation("action.save"), e -> act(() -> service.updateDetails(
                templateId, d.version(), new TemplateDraft(name.getValue(), category.getValue() == null ? -1
                        : category.getValue().id(), description.getValue())), c.id()));
        saveDetails.setId("template-save-details");
        FormLayout form = new FormLayout(name, category, description, saveDetails);
        form.setColspan(description, 2);
        head.add(new H2(d.name()), form);

        versionBar.removeAll();
        Select<TemplateDetails.VersionRow> versions = new Select<>();
        versions.setLabel(getTranslation("compliance.template.version"));
        versions.setId("template-version");
        versions.setWidth("15rem");
        versions.setItems(d.versions());
        versions.setItemLabelGenerator(v -> getTranslation("compliance.template.version-label", v.number(),
                getTranslation("compliance.version." + v.status().name())));
        versions.setValue(d.versions().stream().filter(v -> v.id() == c.id()).findFirst().orElse(null));
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(e.getValue().id());
            }
        });
        versionBar.add(versions);
        boolean draft = c.status() == VersionStatus.DRAFT;
        if (draft) {
            IntegerField passMark = new IntegerField(getTranslation("compliance.field.pass-mark"));
            passMark.setId("template-pass-mark");
            passMark.setMin(0);
            passMark.setMax(100);
            passMark.setValue(c.passMark());
            passMark.setSuffixComponent(new Span("%"));
            passMark.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    act(() -> service.setPassMark(c.id(), e.getValue()), c.id());
                }
            });
            Button publish = new Button(getTranslation("compliance.template.publish"), e -> confirm(
                    "compliance.template.publish", "compliance.template.publish-text",
                    () -> service.publish(c.id()), c.id()));
            publish.setId("template-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            versionBar.add(passMark, publish);
        } else {
            versionBar.add(new Span(getTranslation("compliance.template.pass-mark-is", c.passMark())));
            Button edit = new Button(getTranslation("compliance.template.edit"),
                    e -> load(service.draftFor(templateId)));
            edit.setId("template-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            versionBar.add(edit);
        }
        Button preview = new Button(getTranslation("compliance.template.preview"), e -> new TemplatePreviewDialog(c).open());
        preview.setId("template-preview");
        versionBar.add(preview);

        body.removeAll();
        if (!draft) {
            body.add(new Paragraph(getTranslation("compliance.template.read-only")));
        }
        for (int i = 0; i < c.sections().size(); i++) {
            body.add(section(c, c.sections().get(i), draft));
        }
        if (c.sections().isEmpty()) {
            body.add(new Paragraph(getTranslation("compliance.template.no-sections")));
        }
        if (draft) {
            TextField title = new TextField(getTranslation("compliance.template.new-section"));
            title.setId("new-section-title");
            title.setMaxLength(200);
            Button add = new Button(getTranslation("compliance.template.add-section"),
                    e -> act(() -> service.addSection(c.id(), title.getValue()), c.id()));
            add.setId("add-section");
            Div bar = new Div(title, add);
            bar.addClassName("filter-bar");
            body.add(bar);
        }
    }

    private Component section(VersionContent c, VersionContent.Section s, boolean draft) {
        Div box = new Div();
        box.addClassName("template-section");
        box.setId("section-" + s.id());
        Div top = new Div();
        top.addClassName("template-section-head");
        if (draft) {
            TextField title = new TextField();
            title.setValue(s.title());
            title.setMaxLength(200);
            title.setAriaLabel(getTranslation("compliance.template.section-title"));
            title.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> service.renameSection(s.id(), e.getValue()), c.id());
                }
            });
            top.add(title, icon(VaadinIcon.ARROW_UP, "compliance.template.move-up",
                    () -> service.moveSection(s.id(), -1), c.id()), icon(VaadinIcon.ARROW_DOWN,
                    "compliance.template.move-down", () -> service.moveSection(s.id(), 1), c.id()));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirm("compliance.template.delete-section",
                    "compliance.template.delete-section-text", () -> service.deleteSection(s.id()), c.id()));
            delete.setAriaLabel(getTranslation("compliance.template.delete-section"));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            top.add(delete);
        } else {
            top.add(new H3(s.title()));
        }
        box.add(top);
        OrderedList list = new OrderedList();
        for (TemplateItemData item : s.items()) {
            ListItem line = new ListItem();
            line.addClassName("template-item");
            Span prompt = new Span(item.prompt());
            prompt.addClassName("template-item-prompt");
            Span meta = new Span(describe(item));
            meta.addClassName("template-item-meta");
            line.add(prompt, meta);
            if (draft) {
                long itemId = item.id();
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> itemDialog(c, s.id(), item));
                edit.setAriaLabel(getTranslation("compliance.template.edit-item"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirm("compliance.template.delete-item",
                        "compliance.template.delete-item-text", () -> service.deleteItem(itemId), c.id()));
                delete.setAriaLabel(getTranslation("compliance.template.delete-item"));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                line.add(edit, icon(VaadinIcon.ARROW_UP, "compliance.template.move-up",
                        () -> service.moveItem(itemId, -1), c.id()), icon(VaadinIcon.ARROW_DOWN,
                        "compliance.template.move-down", () -> service.moveItem(itemId, 1), c.id()), delete);
            }
            list.add(line);
        }
        box.add(list);
        if (draft) {
            Button add = new Button(getTranslation("compliance.template.add-item"), e -> itemDialog(c, s.id(), null));
            add.setId("add-item-" + s.id());
            box.add(add);
        }
        return box;
    }

    private String describe(TemplateItemData item) {
        ItemRule r = item.rule();
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("compliance.type." + r.type().name()));
        parts.add(getTranslation("compliance.template.weight", r.weight()));
        if (r.critical()) {
            parts.add(getTranslation("compliance.item.critical"));
        }
        if (!r.required()) {
            parts.add(getTranslation("compliance.template.optional"));
        }
        return String.join(" · ", parts);
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable change, long versionId) {
        Button b = new Button(icon.create(), e -> act(change, versionId));
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    void itemDialog(VersionContent c, long sectionId, @Nullable TemplateItemData item) {
        new TemplateItemDialog(service, sectionId, item, () -> load(c.id())).open();
    }

    private void confirm(String titleKey, String textKey, Runnable change, long versionId) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(titleKey), getTranslation(textKey),
                getTranslation(titleKey), e -> act(change, versionId), getTranslation("action.cancel"), e -> {
                });
        dialog.open();
    }

    /** Makes a change, then shows the version as it now stands; a refusal reaches the error handler. */
    private void act(Runnable change, long versionId) {
        try {
            change.run();
            Notices.success(getTranslation("compliance.saved"));
        } finally {
            load(versionId);
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("nav.compliance.templates") : details.name();
    }
}
