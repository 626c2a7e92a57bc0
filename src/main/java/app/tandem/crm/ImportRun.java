package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.io.ImportError;
import app.tandem.base.io.TabularRow;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the steps of one import share: the mapping and the file's headers, the errors found while reading the
 * rows (those found in SQL are in the staging table) and the rights of the importing user.
 */
final class ImportRun {

    static final int MAX_LISTED_ERRORS = 1_000;
    /** Longer cells in the owner column name nobody: usernames are at most this long. */
    static final int MAX_USERNAME = 100;
    private static final int LOOKUP_BATCH = 1_000;

    private final Map<String, Integer> mapping;
    private final Locale locale;
    private final I18NProvider i18n;
    private final UserService userService;
    private final CrmAccess access;
    private final long me;
    private final String myName;
    private List<String> headers = List.of();
    private int rowsRead;
    private final List<ImportError> listedErrors = new ArrayList<>();
    private int errorCount;
    private final Map<Long, OwnerCheck> ownerChecks = new HashMap<>();

    /** The team an owner gives a record, or the message key of why the user may not give records to them. */
    record OwnerCheck(@Nullable Long teamId, @Nullable String refused) {
    }

    ImportRun(Map<String, Integer> mapping, Locale locale, I18NProvider i18n, UserService userService,
            CrmAccess access) {
        this.mapping = Map.copyOf(mapping);
        this.locale = locale;
        this.i18n = i18n;
        this.userService = userService;
        this.access = access;
        this.me = access.me();
        this.myName = access.myName();
    }

    void useHeaders(List<String> headers) {
        for (int column : mapping.values()) {
            if (column < 0 || column >= headers.size()) {
                throw new IllegalArgumentException("No column " + column + " in a file with " + headers.size());
            }
        }
        this.headers = List.copyOf(headers);
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

    /** The owner column's username, lower case; an error when it is too long to be anybody's. */
    @Nullable String owner(TabularRow row) {
        String owner = value(row, "owner");
        if (owner == null) {
            return null;
        }
        owner = TargetImport.comparable(owner);
        if (owner.length() > MAX_USERNAME) {
            error(row, "owner", "crm.import.owner.unknown", owner);
            return null;
        }
        return owner;
    }

    /** The header of the field's column, for the error report; "" when the field has no column. */
    String column(String fieldKey) {
        Integer column = mapping.get(fieldKey);
        return column == null || column >= headers.size() ? "" : headers.get(column);
    }

    // --- errors --------------------------------------------------------------------------------------------

    void error(TabularRow row, String fieldKey, String messageKey, Object... args) {
        errorCount++;
        if (listedErrors.size() < MAX_LISTED_ERRORS) {
            listedErrors.add(new ImportError(row.rowNumber(), column(fieldKey), text(messageKey, args)));
        }
    }

    /**
     * All errors by row: those found while reading (first within a row) and those the SQL checks found; at most
     * {@value #MAX_LISTED_ERRORS}, and a last entry (row 0) saying how many more there are.
     */
    List<ImportError> errors(List<ImportStaging.StagedError> staged, int stagedCount) {
        List<ImportError> errors = new ArrayList<>(listedErrors);
        for (ImportStaging.StagedError error : staged) {
            Object[] args = error.arg1() == null ? new Object[0]
                    : error.arg2() == null ? new Object[] {error.arg1()} : new Object[] {error.arg1(), error.arg2()};
            errors.add(new ImportError(error.rowNumber(), column(error.fieldKey()), text(error.messageKey(), args)));
        }
        errors.sort(Comparator.comparingInt(ImportError::rowNumber));
        int total = errorCount + stagedCount;
        List<ImportError> listed = new ArrayList<>(errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)));
        if (total > listed.size()) {
            listed.add(new ImportError(0, "", text("crm.import.more-errors", total - listed.size())));
        }
        return listed;
    }

    int errorCount() {
        return errorCount;
    }

    String text(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    // --- counts --------------------------------------------------------------------------------------------

    void rowRead() {
        rowsRead++;
    }

    int rowsRead() {
        return rowsRead;
    }

    // --- owners and rights ---------------------------------------------------------------------------------

    CrmAccess.EditScope editScope() {
        return access.editScope();
    }

    long me() {
        return me;
    }

    String myName() {
        return myName;
    }

    /**
     * Looks up the owners the staged rows name (lower-case usernames) and decides for each, as the forms do,
     * whether the user may give records to them, and which team a record then gets: unknown users have no id.
     */
    List<Object[]> ownerDecisions(List<String> usernames) {
        List<Object[]> decisions = new ArrayList<>();
        for (int from = 0; from < usernames.size(); from += LOOKUP_BATCH) {
            List<String> batch = usernames.subList(from, Math.min(usernames.size(), from + LOOKUP_BATCH));
            Map<String, UserRef> found = userService.byUsernames(batch);
            for (String username : batch) {
                UserRef user = found.get(username);
                if (user == null) {
                    decisions.add(new Object[] {username, null, null, null});
                } else {
                    OwnerCheck check = ownerCheck(user.id());
                    decisions.add(new Object[] {username, user.id(), check.teamId(), check.refused()});
                }
            }
        }
        return decisions;
    }

    /** Whether the user may give a record to this owner, and the team it then gets; looked up once per owner. */
    OwnerCheck ownerCheck(long ownerId) {
        return ownerChecks.computeIfAbsent(ownerId, id -> {
            try {
                return new OwnerCheck(access.checkOwner(id), null);
            } catch (DomainException e) {
                return new OwnerCheck(null, e.getMessageKey());
            }
        });
    }
}
