package app.tandem.improvement.ui;

import app.tandem.base.ui.Notices;
import app.tandem.improvement.AreaRef;
import app.tandem.improvement.AreaService;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.SimilarItem;
import app.tandem.org.TeamRef;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * "Submit an idea": title, problem, area and (optionally) team, done in under a minute. While the title is
 * typed, existing items with the same words are listed (MariaDB FULLTEXT), so a duplicate is seen in time.
 */
@Route("improvement/submit")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class SubmitIdeaView extends Div implements HasDynamicTitle {

    static final int SUGGEST_DELAY_MS = 300;

    private final ImprovementService service;
    final TextField title = new TextField();
    final TextArea problem = new TextArea();
    final ComboBox<AreaRef> area = new ComboBox<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final Button submit = new Button();
    final Div similar = new Div();
    final UnorderedList similarList = new UnorderedList();

    SubmitIdeaView(ImprovementService service, AreaService areaService) {
        this.service = service;
        addClassName("submit-idea-view");
        List<AreaRef> areas = areaService.active();
        List<TeamRef> teams = service.teams();
        title.setLabel(getTranslation("improvement.field.title"));
        title.setId("idea-title");
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.TIMEOUT);
        title.setValueChangeTimeout(SUGGEST_DELAY_MS);
        title.addValueChangeListener(e -> suggest(e.getValue()));
        problem.setLabel(getTranslation("improvement.field.problemStatement"));
        problem.setHelperText(getTranslation("improvement.submit.problem-help"));
        problem.setId("idea-problem");
        problem.setWidthFull();
        area.setLabel(getTranslation("improvement.field.area"));
        area.setId("idea-area");
        area.setItems(areas);
        area.setItemLabelGenerator(AreaRef::name);
        area.setClearButtonVisible(true);
        team.setLabel(getTranslation("improvement.field.team"));
        team.setHelperText(getTranslation("improvement.submit.team-help"));
        team.setId("idea-team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamRef::name);
        team.setClearButtonVisible(true);

        // the service's own record: the pickers hold refs, the record their ids
        Binder<IdeaDraft> binder = new Binder<>(IdeaDraft.class);
        binder.forField(title).asRequired(getTranslation("improvement.title.required"))
                .withValidator(new StringLengthValidator(getTranslation("improvement.too-long", 200), 1, 200))
                .bind("title");
        binder.forField(problem).asRequired(getTranslation("improvement.problem.required"))
                .withValidator(new StringLengthValidator(getTranslation("improvement.too-long", 10000), 1, 10000))
                .bind("problemStatement");
        binder.forField(area).withConverter(a -> a == null ? null : a.id(),
                id -> areas.stream().filter(a -> Objects.equals(a.id(), id)).findFirst().orElse(null)).bind("areaId");
        binder.forField(team).withConverter(t -> t == null ? null : t.id(),
                id -> teams.stream().filter(t -> Objects.equals(t.id(), id)).findFirst().orElse(null)).bind("teamId");

        similar.setId("idea-similar");
        similar.addClassName("similar-items");
        similar.add(new Span(getTranslation("improvement.submit.similar")), similarList);
        similar.setVisible(false);

        submit.setText(getTranslation("improvement.submit.action"));
        submit.setId("idea-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(title);
        submit.addClickListener(e -> {
            IdeaDraft draft;
            try {
                draft = binder.writeRecord();
            } catch (ValidationException ex) {
                return; // the fields show what is wrong
            }
            long id = service.submitIdea(draft);
            Notices.success(getTranslation("improvement.submit.done", draft.title()));
            getUI().ifPresent(ui -> ui.navigate(ItemsView.class, ItemsView.parameters(Long.toString(id))));
        });

        FormLayout form = new FormLayout(title, similar, problem, area, team);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(similar, 2);
        form.setColspan(problem, 2);
        add(new H2(getTranslation("improvement.submit.title")),
                new Paragraph(getTranslation("improvement.submit.intro")), form, submit);
        title.focus();
    }

    void suggest(@Nullable String text) {
        similarList.removeAll();
        List<SimilarItem> matches = service.similar(text, null);
        for (SimilarItem match : matches) {
            String url = RouteConfiguration.forSessionScope().getUrl(ItemsView.class,
                    ItemsView.parameters(Long.toString(match.id())));
            Anchor link = new Anchor(url, match.title());
            link.setTarget("_blank");
            Span status = new Span(getTranslation("improvement.status." + match.status().name()));
            status.addClassName("status-badge");
            ListItem item = new ListItem(link, new Span(" "), status);
            item.addClassName("similar-item");
            similarList.add(item);
        }
        similar.setVisible(!matches.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("improvement.submit.title") + " | " + getTranslation("app.name");
    }
}
