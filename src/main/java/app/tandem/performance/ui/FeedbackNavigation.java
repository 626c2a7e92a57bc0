package app.tandem.performance.ui;

import app.tandem.base.ui.Module;
import app.tandem.base.ui.NavigationContributor;
import app.tandem.base.ui.NavigationEntry;
import app.tandem.base.ui.RecordLinkContributor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Feedback and 1:1s: their navigation entries and links other features may use. */
@Component
public class FeedbackNavigation implements NavigationContributor, RecordLinkContributor {

    /** Record types other features use to link to feedback, feedback requests (the feedback page) and 1:1s. */
    public static final String FEEDBACK = "FEEDBACK";
    public static final String FEEDBACK_REQUEST = "FEEDBACK_REQUEST";
    public static final String MEETING = "ONE_ON_ONE_MEETING";

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

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        String key = Long.toString(id);
        return switch (recordType) {
            case FEEDBACK -> Optional.of(routes.getUrl(FeedbackView.class, FeedbackView.parameters(key)));
            case FEEDBACK_REQUEST -> Optional.of(routes.getUrl(FeedbackView.class) + "?" + FeedbackView.TAB + "="
                    + FeedbackView.REQUESTS);
            case MEETING -> Optional.of(routes.getUrl(OneOnOnesView.class, OneOnOnesView.parameters(key)));
            default -> Optional.empty();
        };
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
