package app.tandem.compliance.ui;

import app.tandem.compliance.RunListItem;
import app.tandem.compliance.RunStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small shared pieces of the compliance screens: status badges and dates in the user's format. */
final class Labels {

    private Labels() {
    }

    static Span status(Component context, RunStatus status) {
        Span badge = new Span(context.getTranslation("compliance.status." + status.name()));
        badge.addClassNames("status-badge", "run-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span flag(Component context, String key, String className) {
        Span badge = new Span(context.getTranslation(key));
        badge.addClassNames("status-badge", className);
        return badge;
    }

    static String date(Component context, @Nullable LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()));
    }

    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String statusText(Component context, RunListItem run) {
        String text = context.getTranslation("compliance.status." + run.status().name());
        if (run.overdue()) {
            text += " · " + context.getTranslation("compliance.flag.overdue");
        }
        if (run.completedLate()) {
            text += " · " + context.getTranslation("compliance.flag.late");
        }
        return text;
    }
}
