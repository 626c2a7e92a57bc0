package app.tandem.performance.ui;

import app.tandem.base.ui.ClientTime;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.performance.RecordLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the performance views show feedback types, visibilities, links and times. */
final class FeedbackTexts {

    private FeedbackTexts() {
    }

    static Span typeBadge(Component owner, FeedbackType type) {
        Span badge = new Span(owner.getTranslation("feedback.type." + type.name()));
        badge.addClassNames("status-badge", "feedback-type-" + type.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String visibility(Component owner, FeedbackType type, FeedbackVisibility visibility) {
        return type == FeedbackType.FORMAL_WARNING ? owner.getTranslation("feedback.visibility.WARNING")
                : owner.getTranslation("feedback.visibility." + visibility.name());
    }

    /** A link to the record's own page (which checks who may read it), or an empty span. */
    static Component link(@Nullable RecordLink link) {
        if (link == null) {
            return new Span();
        }
        Anchor anchor = new Anchor(link.path(), link.label());
        anchor.addClassName("feedback-link");
        return anchor;
    }

    static String when(Locale locale, @Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ClientTime.zone()).format(instant);
    }

    static String day(Locale locale, @Nullable Instant instant) {
        return instant == null ? "" : date(locale, LocalDate.ofInstant(instant, ClientTime.zone()));
    }

    static String date(Locale locale, @Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Columns a phone has no room for: hidden when the browser window is narrower than 700 px. */
    static void hideOnPhone(Grid<?> grid, Grid.Column<?>... columns) {
        grid.addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            boolean phone = details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < 700;
            for (Grid.Column<?> column : columns) {
                column.setVisible(!phone);
            }
        }));
    }

    /** The first line of a text, shortened for a grid cell. */
    static String excerpt(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }
}
