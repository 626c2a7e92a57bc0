package app.tandem.base.ui;

import app.tandem.base.DomainException;
import app.tandem.base.Translatable;
import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns any failure into a message for the user: a broken rule in their language, a conflict or denial
 * in plain words, a database that cannot be reached as "try again in a moment", and anything unexpected as a generic message with a reference id that is also logged
 * with the stack trace. Never a stack trace in the browser.
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static String describe(Throwable failure) {
        UI ui = UI.getCurrent();
        DomainException domain = find(failure, DomainException.class);
        if (domain != null) {
            return translate(ui, domain.getMessageKey(), domain.getArguments());
        }
        ConstraintViolationException invalid = find(failure, ConstraintViolationException.class);
        if (invalid != null) {
            String fields = invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath().toString()).distinct().sorted()
                    .collect(Collectors.joining(", "));
            return translate(ui, "error.invalid", fields);
        }
        if (find(failure, OptimisticLockingFailureException.class) != null) {
            return translate(ui, "error.conflict");
        }
        if (find(failure, AccessDeniedException.class) != null
                || find(failure, AuthorizationDeniedException.class) != null) {
            log.warn("Action denied: {}", failure.toString());
            return translate(ui, "error.denied");
        }
        if (databaseUnavailable(failure)) {
            log.warn("Database not reachable: {}", failure.toString());
            return translate(ui, "error.database-unavailable");
        }
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, failure);
        return translate(ui, "error.unexpected", reference);
    }

    /** The database is down or restarting (or a connection to it broke): worth a retry in a moment. */
    static boolean databaseUnavailable(Throwable failure) {
        return find(failure, CannotCreateTransactionException.class) != null
                || find(failure, DataAccessResourceFailureException.class) != null
                || find(failure, JDBCConnectionException.class) != null
                || find(failure, SQLTransientConnectionException.class) != null
                || find(failure, SQLNonTransientConnectionException.class) != null;
    }

    /**
     * Runs a change the user asked for: a conflicting change runs {@code onConflict} (e.g. offer Reload), a change
     * the rules refuse is told here; anything else is unexpected and goes on to the session's error handler.
     */
    public static void attempt(Runnable change, Runnable onConflict) {
        try {
            change.run();
        } catch (OptimisticLockingFailureException e) {
            onConflict.run();
        } catch (DomainException e) {
            show(e);
        }
    }

    /** Shows the failure as an error notification. */
    public static void show(Throwable failure) {
        Notices.error(describe(failure));
    }

    public static String newReference() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String translate(@Nullable UI ui, String key, Object... args) {
        if (ui == null) {
            return key;
        }
        Object[] translated = Arrays.stream(args)
                .map(a -> a instanceof Translatable t ? ui.getTranslation(t.key()) : a).toArray();
        return ui.getTranslation(key, translated);
    }
}
