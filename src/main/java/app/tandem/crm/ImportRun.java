package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.io.ImportError;
import app.tandem.base.io.TabularRow;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * What both passes of one import share: the mapping and the file's headers, the errors found, the decision taken
 * for each row while checking (which record it updates, which account a contact links to), and the users named as
 * owners, each looked up and checked once.
 */
final class ImportRun {

    static final int MAX_LISTED_ERRORS = 1_000;

    private final Map<String, Integer> mapping;
    private final Locale locale;
    private final I18NProvider i18n;
    private final UserService userService;
    private final CrmAccess access;
    private final BiPredicate<Long, @Nullable Long> editRule;
    private final long me;
    private List<String> headers = List.of();
    private boolean checking = true;
    private int rowsRead;
    private int created;
    private int updated;
    private final List<ImportError> listedErrors = new ArrayList<>();
    private int errorCount;
    private long[] matches = new long[1024];
    private long[] links = new long[1024];
    private final Map<String, Optional<UserRef>> usersByName = new HashMap<>();
    private final Map<Long, OwnerCheck> ownerChecks = new HashMap<>();

    /** The team an owner gives a record, or why the user may not give records to them. */
    private record OwnerCheck(@Nullable Long teamId, @Nullable DomainException refused) {
    }

    ImportRun(Map<String, Integer> mapping, Locale locale, I18NProvider i18n, UserService userService,
            CrmAccess access) {
        this.mapping = Map.copyOf(mapping);
        this.locale = locale;
        this.i18n = i18n;
        this.userService = userService;
        this.access = access;
        this.editRule = access.editRule();
        this.me = access.me();
    }

    void useHeaders(List<String> headers) {
        for (int column : mapping.values()) {
            if (column < 0 || column >= headers.size()) {
                throw new IllegalArgumentException("No column " + column + " in a file with " + headers.size());
            }
        }
        this.headers = List.copyOf(headers);
    }

    /** After the check: the write pass reads the same rows again and finds no errors (or something is wrong). */
    void startWriting() {
        checking = false;
    }

    boolean checking() {
        return checking;
    }

    // --- cells ---------------------------------------------------------------------------------------------

    /** The trimmed cell of the field's column; null when the field has no column or the cell is empty. */
    @Nullable String value(TabularRow row, String fieldKey) {
        Integer column = mapping.get(fieldKey);
        if (column == null) {
            return null;
        }
        String value = row.cell(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** The cell as {@link #value}, or an error when it is longer than the database column allows. */
    @Nullable String text(TabularRow row, String fieldKey, int maxLength) {
        String value = value(row, fieldKey);
        if (value != null && value.length() > maxLength) {
            error(row, fieldKey, "crm.import.too-long", maxLength);
            return null;
        }
        return value;
    }

    /** The header of the field's column, for the error report; "" when the field has no column. */
    String column(String fieldKey) {
        Integer column = mapping.get(fieldKey);
        return column == null || column >= headers.size() ? "" : headers.get(column);
    }

    // --- errors --------------------------------------------------------------------------------------------

    void error(TabularRow row, String fieldKey, String messageKey, Object... args) {
        if (!checking) {
            throw new IllegalStateException("Row " + row.rowNumber() + " changed between checking and writing");
        }
        errorCount++;
        if (listedErrors.size() < MAX_LISTED_ERRORS) {
            listedErrors.add(new ImportError(row.rowNumber(), column(fieldKey), text(messageKey, args)));
        }
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    int errorCount() {
        return errorCount;
    }

    /**
     * The listed errors by row (a chunk's cells are checked before its rows are matched); beyond
     * {@value #MAX_LISTED_ERRORS}, a last entry (row 0) says how many more there are.
     */
    List<ImportError> errors() {
        List<ImportError> errors = new ArrayList<>(listedErrors);
        errors.sort(Comparator.comparingInt(ImportError::rowNumber));
        if (errorCount > listedErrors.size()) {
            errors.add(new ImportError(0, "", text("crm.import.more-errors", errorCount - listedErrors.size())));
        }
        return errors;
    }

    String text(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    // --- counts and decisions ------------------------------------------------------------------------------

    /** Counts a data row while checking and returns its position (0 for the first data row). */
    int rowRead() {
        return rowsRead++;
    }

    int rowsRead() {
        return rowsRead;
    }

    void created() {
        created++;
    }

    void updated() {
        updated++;
    }

    int createdCount() {
        return created;
    }

    int updatedCount() {
        return updated;
    }

    /** Records which existing record (id, or 0 for a new one) the row at this position updates. */
    void decide(int position, long matchId, long linkId) {
        if (position >= matches.length) {
            matches = Arrays.copyOf(matches, matches.length * 2);
            links = Arrays.copyOf(links, links.length * 2);
        }
        matches[position] = matchId;
        links[position] = linkId;
    }

    /** The record the row at this position updates; 0: a new one. */
    long match(int position) {
        return matches[position];
    }

    /** The record the row at this position links to (a contact's account); 0: none given. */
    long link(int position) {
        return links[position];
    }

    // --- owners and rights ---------------------------------------------------------------------------------

    boolean mayEdit(long ownerId, @Nullable Long teamId) {
        return editRule.test(ownerId, teamId);
    }

    long me() {
        return me;
    }

    /** Looks the owners of a chunk of rows up at once (lower-case usernames), skipping those known already. */
    void lookUpUsers(Collection<String> usernames) {
        List<String> unknown = usernames.stream().distinct().filter(u -> !usersByName.containsKey(u)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, UserRef> found = userService.byUsernames(unknown);
        for (String username : unknown) {
            usersByName.put(username, Optional.ofNullable(found.get(username)));
        }
    }

    /**
     * Checks the owner a row names, as the forms do: for a new record always (no owner: the importing user), for an
     * existing one only when the owner changes. Reports an error and returns false when the owner is unknown or may
     * not be given the record.
     *
     * @param currentOwner the matched record's owner, or null for a new record
     */
    boolean checkOwner(TabularRow row, @Nullable String username, @Nullable Long currentOwner) {
        long owner;
        if (username == null) {
            if (currentOwner != null) {
                return true;
            }
            owner = me;
        } else {
            Optional<UserRef> user = usersByName.get(username);
            if (user == null || user.isEmpty()) {
                error(row, "owner", "crm.import.owner.unknown", username);
                return false;
            }
            owner = user.get().id();
        }
        if (currentOwner != null && currentOwner == owner) {
            return true;
        }
        DomainException refused = ownerCheck(owner).refused();
        if (refused != null) {
            error(row, "owner", refused.getMessageKey(), refused.getArguments());
            return false;
        }
        return true;
    }

    /** The owner a row gives its record: the named user, or the importing user when none is named. */
    long ownerId(@Nullable String username) {
        if (username == null) {
            return me;
        }
        return usersByName.get(username).orElseThrow().id();
    }

    /** The team a record gets with this (checked) owner. */
    @Nullable Long teamOf(long ownerId) {
        OwnerCheck check = ownerCheck(ownerId);
        if (check.refused() != null) {
            throw check.refused();
        }
        return check.teamId();
    }

    private OwnerCheck ownerCheck(long ownerId) {
        return ownerChecks.computeIfAbsent(ownerId, id -> {
            try {
                return new OwnerCheck(access.checkOwner(id), null);
            } catch (DomainException e) {
                return new OwnerCheck(null, e);
            }
        });
    }
}
