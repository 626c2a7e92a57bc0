package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DomainException;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class ChecklistTemplateServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistCategoryService categories;
    @Autowired
    MutableClock clock;

    Person olga;
    Person adam;
    Person anna;
    Person max;
    long safety;

    @BeforeEach
    void anOfficerAnAdminAndACategory() {
        clock.setInstant(Instant.parse("2026-06-01T09:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        adam = org.person("adam", Role.ADMIN);
        anna = org.person("anna", Role.STAFF);
        max = org.person("max", Role.MANAGER);
        safety = adam.run(() -> categories.create("Safety")).id();
    }

    long walkWithTwoItems() {
        return olga.run(() -> {
            long template = templates.create(new TemplateDraft("Warehouse safety walk", safety, "Weekly walk"));
            long draft = templates.draftFor(template);
            long section = templates.addSection(draft, "Aisles");
            templates.saveItem(section, new TemplateItemData(null, "Aisles are clear", null, null,
                    ItemRule.passFail()));
            templates.saveItem(section, new TemplateItemData(null, "Fridge temperature", "Read the display", "°C",
                    new ItemRule(ResponseType.NUMBER, true, 3, true, null, new BigDecimal("2"), new BigDecimal("8"),
                            List.of(), true, false, false)));
            return template;
        });
    }

    @Test
    void an_officer_builds_a_template_of_sections_and_items_in_a_first_draft() {
        long template = walkWithTwoItems();

        TemplateDetails details = olga.run(() -> templates.details(template));
        assertThat(details.category()).isEqualTo("Safety");
        assertThat(details.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.status()).isEqualTo(VersionStatus.DRAFT);
        });
        VersionContent content = olga.run(() -> templates.content(details.versions().getFirst().id()));
        assertThat(content.sections()).extracting(VersionContent.Section::title).containsExactly("Aisles");
        assertThat(content.items()).extracting(TemplateItemData::prompt)
                .containsExactly("Aisles are clear", "Fridge temperature");
        TemplateItemData fridge = content.items().toList().get(1);
        assertThat(fridge.unit()).isEqualTo("°C");
        assertThat(fridge.rule().critical()).isTrue();
        assertThat(fridge.rule().min()).isEqualByComparingTo("2");
        assertThat(fridge.rule().noteRequiredWhenFailed()).isTrue();
    }

    @Test
    void a_published_version_cannot_change_and_editing_starts_a_new_draft_with_a_copy() {
        long template = walkWithTwoItems();
        long first = olga.run(() -> templates.draftFor(template));
        olga.exec(() -> templates.publish(first));
        VersionContent published = olga.run(() -> templates.content(first));
        long section = published.sections().getFirst().id();
        long item = published.items().toList().getFirst().id();

        for (Runnable change : List.<Runnable>of(
                () -> templates.addSection(first, "More"),
                () -> templates.renameSection(section, "Renamed"),
                () -> templates.deleteSection(section),
                () -> templates.moveSection(section, 1),
                () -> templates.saveItem(section, new TemplateItemData(item, "Changed", null, null,
                        ItemRule.passFail())),
                () -> templates.saveItem(section, new TemplateItemData(null, "New", null, null, ItemRule.passFail())),
                () -> templates.deleteItem(item),
                () -> templates.moveItem(item, 1),
                () -> templates.setPassMark(first, 50),
                () -> templates.publish(first))) {
            assertThatThrownBy(() -> olga.exec(change)).isInstanceOf(DomainException.class)
                    .hasMessage("compliance.version.published");
        }

        long second = olga.run(() -> templates.draftFor(template));
        assertThat(second).isNotEqualTo(first);
        assertThat(olga.run(() -> templates.draftFor(template))).as("the open draft is reused").isEqualTo(second);
        VersionContent copy = olga.run(() -> templates.content(second));
        assertThat(copy.number()).isEqualTo(2);
        assertThat(copy.items()).extracting(TemplateItemData::prompt)
                .containsExactly("Aisles are clear", "Fridge temperature");
        long copiedItem = copy.items().toList().getFirst().id();
        olga.exec(() -> templates.saveItem(copy.sections().getFirst().id(),
                new TemplateItemData(copiedItem, "Aisles and exits are clear", null, null, ItemRule.passFail())));

        assertThat(olga.run(() -> templates.content(first)).items()).extracting(TemplateItemData::prompt)
                .as("the published version is untouched").containsExactly("Aisles are clear", "Fridge temperature");
        assertThat(olga.run(() -> templates.list(null, null, PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.publishedNumber()).isEqualTo(1);
                    assertThat(row.latestNumber()).isEqualTo(2);
                    assertThat(row.hasDraft()).isTrue();
                });
    }

    @Test
    void items_and_sections_are_reordered_within_bounds() {
        long template = walkWithTwoItems();
        long draft = olga.run(() -> templates.draftFor(template));
        VersionContent before = olga.run(() -> templates.content(draft));
        long aisles = before.sections().getFirst().id();
        long fridge = before.items().toList().get(1).id();
        long exits = olga.run(() -> templates.addSection(draft, "Exits"));
        olga.exec(() -> templates.saveItem(exits, new TemplateItemData(null, "Exit signs lit", null, null,
                ItemRule.passFail())));

        olga.exec(() -> templates.moveItem(fridge, -5));
        olga.exec(() -> templates.moveSection(exits, -1));

        VersionContent after = olga.run(() -> templates.content(draft));
        assertThat(after.sections()).extracting(VersionContent.Section::title).containsExactly("Exits", "Aisles");
        assertThat(after.items()).extracting(TemplateItemData::prompt)
                .containsExactly("Exit signs lit", "Fridge temperature", "Aisles are clear");

        olga.exec(() -> templates.deleteSection(aisles));
        assertThat(olga.run(() -> templates.content(draft)).items()).extracting(TemplateItemData::prompt)
                .containsExactly("Exit signs lit");
    }

    @Test
    void an_empty_draft_or_an_invalid_item_is_not_published() {
        long template = olga.run(() -> templates.create(new TemplateDraft("GDPR monthly check", safety, null)));
        long draft = olga.run(() -> templates.draftFor(template));
        assertThatThrownBy(() -> olga.exec(() -> templates.publish(draft))).hasMessage("compliance.version.no-items");
        long section = olga.run(() -> templates.addSection(draft, "Access"));

        assertThatThrownBy(() -> olga.exec(() -> templates.saveItem(section, new TemplateItemData(null,
                "Any leaks?", null, null, new ItemRule(ResponseType.YES_NO_NA, true, 1, false, null, null, null,
                        List.of(), false, false, false)))))
                .hasMessage("compliance.item.failing-answer-required");
        assertThatThrownBy(() -> olga.exec(() -> templates.saveItem(section, new TemplateItemData(null, "  ", null,
                null, ItemRule.passFail())))).hasMessage("compliance.item.prompt-required");
        assertThat(olga.run(() -> templates.content(draft)).items()).isEmpty();
    }

    @Test
    void staff_and_managers_do_not_manage_templates() {
        long template = walkWithTwoItems();
        for (Person outsider : List.of(anna, max)) {
            assertThatThrownBy(() -> outsider.run(() -> templates.details(template)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outsider.run(() -> templates.create(new TemplateDraft("Mine", safety, null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(adam.run(() -> templates.details(template)).name()).isEqualTo("Warehouse safety walk");
    }

    @Test
    void administrators_keep_the_categories_officers_only_read_them() {
        long quality = adam.run(() -> categories.create("Quality")).id();
        assertThatThrownBy(() -> adam.run(() -> categories.create(" safety "))).hasMessage(
                "compliance.category.name-taken");
        assertThatThrownBy(() -> olga.run(() -> categories.create("Finance")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(olga.run(() -> categories.active())).extracting(CategoryRow::name)
                .containsExactly("Quality", "Safety");

        CategoryRow row = adam.run(() -> categories.all()).getFirst();
        adam.run(() -> categories.setActive(quality, row.version(), false));
        assertThatThrownBy(() -> adam.run(() -> categories.rename(quality, row.version(), "Q")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(olga.run(() -> categories.active())).extracting(CategoryRow::name).containsExactly("Safety");
        assertThatThrownBy(() -> olga.run(() -> templates.create(new TemplateDraft("Audit", quality, null))))
                .hasMessage("compliance.category.unknown");
    }
}
