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
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Item edits compare the version the editor saw; publishing and editing a draft never interleave (issue 13). */
@TandemServiceTest
class TemplateEditingConcurrencyTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistCategoryService categories;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MutableClock clock;

    Person olga;
    Person otto;
    long draft;
    long section;

    @BeforeEach
    void aDraftWithOneItem() {
        clock.setInstant(Instant.parse("2026-06-01T09:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        otto = org.person("otto", Role.COMPLIANCE_OFFICER);
        Person adam = org.person("adam", Role.ADMIN);
        long safety = adam.run(() -> categories.create("Safety")).id();
        draft = olga.run(() -> templates.draftFor(templates.create(new TemplateDraft("Walk", safety, null))));
        section = olga.run(() -> templates.addSection(draft, "Aisles"));
        olga.exec(() -> templates.saveItem(section, new TemplateItemData(null, "Aisles are clear", null, null,
                ItemRule.passFail())));
    }

    @Test
    void the_second_of_two_edits_of_the_same_item_version_is_a_conflict_and_changes_nothing() {
        TemplateItemData seenByOlga = olga.run(() -> templates.content(draft)).items().findFirst().orElseThrow();
        TemplateItemData seenByOtto = otto.run(() -> templates.content(draft)).items().findFirst().orElseThrow();

        olga.exec(() -> templates.saveItem(section, withPrompt(seenByOlga, "Aisles and exits are clear")));
        assertThatThrownBy(() -> otto.exec(() -> templates.saveItem(section, withPrompt(seenByOtto,
                "Aisles are swept")))).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(olga.run(() -> templates.content(draft)).items()).extracting(TemplateItemData::prompt)
                .containsExactly("Aisles and exits are clear");
    }

    @Test
    void an_item_edit_with_the_version_seen_before_publishing_is_refused() {
        TemplateItemData seen = olga.run(() -> templates.content(draft)).items().findFirst().orElseThrow();
        otto.exec(() -> templates.publish(draft));

        assertThatThrownBy(() -> olga.exec(() -> templates.saveItem(section, withPrompt(seen, "Too late"))))
                .isInstanceOf(DomainException.class).hasMessage("compliance.version.published");
        assertThat(olga.run(() -> templates.content(draft)).items()).extracting(TemplateItemData::prompt)
                .containsExactly("Aisles are clear");
    }

    @Test
    void publishing_waits_for_an_item_edit_in_progress_so_the_published_version_is_the_one_reviewed()
            throws Exception {
        TemplateItemData seen = olga.run(() -> templates.content(draft)).items().findFirst().orElseThrow();
        CountDownLatch edited = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<Long> editCommitted = threads.submit(() -> olga.run(() -> {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                templates.saveItem(section, withPrompt(seen, "Aisles are clear (edited)"));
                edited.countDown();
                sleep(1500);
            });
            return System.nanoTime();
        }));
        assertThat(edited.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Long> published = threads.submit(() -> otto.run(() -> {
            templates.publish(draft);
            return System.nanoTime();
        }));
        threads.shutdown();

        long editAt = editCommitted.get(60, TimeUnit.SECONDS);
        long publishAt = published.get(60, TimeUnit.SECONDS);
        assertThat(publishAt).as("publish finished only after the edit committed").isGreaterThan(editAt);
        assertThat(olga.run(() -> templates.content(draft)).items()).extracting(TemplateItemData::prompt)
                .containsExactly("Aisles are clear (edited)");
    }

    private static TemplateItemData withPrompt(TemplateItemData item, String prompt) {
        return new TemplateItemData(item.id(), item.version(), prompt, item.help(), item.unit(), item.rule());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
