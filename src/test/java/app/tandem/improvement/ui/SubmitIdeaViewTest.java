package app.tandem.improvement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemStatus;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithTandemUser(roles = Role.STAFF)
class SubmitIdeaViewTest extends BrowserlessViewTest {

    @Autowired
    ImprovementService improvementService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void typing_a_title_suggests_similar_existing_items_and_submitting_opens_the_new_item() {
        String word = unique("crate");
        long existing = improvementService.submitIdea(new IdeaDraft("Broken " + word + " lids",
                "Lids crack in the cold store", null, null));
        SubmitIdeaView view = open("improvement/submit", SubmitIdeaView.class);
        assertThat(view.similar.isVisible()).isFalse();

        test(view.title).setValue("New " + word.substring(0, word.length() - 2) + " handling");

        assertThat(view.similar.isVisible()).isTrue();
        assertThat($(Anchor.class).from(view.similarList).all()).extracting(Anchor::getText)
                .containsExactly("Broken " + word + " lids");
        assertThat($(Anchor.class).from(view.similarList).first().getHref()).endsWith("improvement/items/" + existing);

        test(view.problem).setValue("Crates are stacked too high");
        test(view.submit).click();

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("improvement/items/");
        ItemData created = improvementService.load(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(created.title()).isEqualTo("New " + word.substring(0, word.length() - 2) + " handling");
        assertThat(created.kind()).isEqualTo(ItemKind.IDEA);
        assertThat(created.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(created.submitterId()).isEqualTo(currentUser.id());
        assertThat(created.ownerId()).isEqualTo(currentUser.id());
    }

    @Test
    void submitting_without_a_problem_shows_the_message_and_stays() {
        SubmitIdeaView view = open("improvement/submit", SubmitIdeaView.class);

        test(view.title).setValue(unique("Lonely title"));
        test(view.submit).click();

        assertThat(view.problem.isInvalid()).isTrue();
        assertThat(view.problem.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("improvement.problem.required"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("improvement/submit");
    }

    static String unique(String prefix) {
        return prefix + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0xfffffff));
    }
}
