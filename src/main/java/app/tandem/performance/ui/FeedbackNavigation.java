package app.tandem.performance.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** Feedback and 1:1s: their navigation entries and links other features may use. */
@Component
public class FeedbackNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry(Module.PERFORMANCE, 50, "feedback.nav.title", VaadinIcon.COMMENTS,
                        FeedbackView.class),
                new NavigationEntry(Module.PERFORMANCE, 60, "feedback.nav.log", VaadinIcon.RECORDS,
                        FeedbackLogView.class),
                new NavigationEntry(Module.PERFORMANCE, 70, "oneonone.nav.title", VaadinIcon.CALENDAR_USER,
                        OneOnOnesView.class));
    }

    /** Opens a piece of feedback's page (a reader who may not read it gets "not found"). */
    public static void openFeedback(long id) {
        UI.getCurrent().navigate(FeedbackView.class, FeedbackView.parameters(Long.toString(id)));
    }

    /** Opens a 1:1 meeting's page. */
    public static void openMeeting(long meetingId) {
        UI.getCurrent().navigate(OneOnOnesView.class, OneOnOnesView.parameters(Long.toString(meetingId)));
    }
}
