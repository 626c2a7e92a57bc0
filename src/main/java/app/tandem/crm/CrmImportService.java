package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.io.ColumnMapping;
import app.tandem.base.io.ImportError;
import app.tandem.base.io.ImportField;
import app.tandem.base.io.ImportReport;
import app.tandem.base.io.TabularPreview;
import app.tandem.base.io.TabularReader;
import app.tandem.base.ops.RunningWork;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports accounts or contacts from a CSV or XLSX file: suggests which column fills which field, previews the
 * first rows, then checks every row and, only if all are fine, creates or updates the records. Set-based (see
 * docs/adr/0016-set-based-import.md): the rows are read and staged outside any transaction, checked and matched in
 * SQL, and written with their history in one short transaction at the end. The same rules and rights apply as in
 * the forms (see {@link AccountService}, {@link ContactService}, {@link CrmAccess}); compliance officers, who
 * change nothing, may not import.
 */
@Service
@PreAuthorize(CrmImportService.MAY_IMPORT)
@Transactional(readOnly = true)
public class CrmImportService {

    /** Whoever may create CRM records, except compliance officers (who hold Staff too): they change nothing. */
    public static final String MAY_IMPORT =
            "hasAnyRole('STAFF', 'SUPERVISOR', 'MANAGER', 'ADMIN') and !hasRole('COMPLIANCE_OFFICER')";

    public static final int PREVIEW_ROWS = 10;
    public static final int MAX_ROWS = TabularReader.DEFAULT_MAX_ROWS;
    /** The writing transaction of the most rows on a slow node: far more than the default (see docs/adr/0007). */
    static final int IMPORT_TIMEOUT_SECONDS = 1800;
    /** Imports at once per node: each stages its rows and then writes them in one transaction. */
    static final int MAX_RUNNING_IMPORTS = 2;

    private final UserService userService;
    private final CrmAccess access;
    private final I18NProvider i18n;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final ImportStaging staging;
    private final TransactionTemplate checking;
    private final TransactionTemplate writing;
    private final int maxRows;
    private final Map<ImportTarget, List<ImportField>> fields;
    private final Map<String, AccountStatus> statusByText;
    private final Semaphore running = new Semaphore(MAX_RUNNING_IMPORTS);

    CrmImportService(UserService userService, CrmAccess access, I18NProvider i18n, Validator validator,
            JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
            @Value("${tandem.import.max-rows:" + TabularReader.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.userService = userService;
        this.access = access;
        this.i18n = i18n;
        this.validator = validator;
        this.jdbc = jdbc;
        this.staging = new ImportStaging(jdbc, clock);
        // read committed: INSERT ... SELECT then reads its source without a shared lock on each row read
        this.checking = new TransactionTemplate(transactions);
        this.checking.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.checking.setTimeout(IMPORT_TIMEOUT_SECONDS);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.writing.setTimeout(IMPORT_TIMEOUT_SECONDS);
        this.maxRows = maxRows;
        this.fields = Map.of(
                ImportTarget.ACCOUNTS, withLabelsAsSynonyms(AccountImport.FIELDS),
                ImportTarget.CONTACTS, withLabelsAsSynonyms(ContactImport.FIELDS));
        this.statusByText = statusByText();
    }

    /** The rule of {@link #MAY_IMPORT} for views and navigation, which ask before they call the service. */
    public static boolean mayImport(Predicate<Role> hasRole) {
        return !hasRole.test(Role.COMPLIANCE_OFFICER) && (hasRole.test(Role.STAFF) || hasRole.test(Role.SUPERVISOR)
                || hasRole.test(Role.MANAGER) || hasRole.test(Role.ADMIN));
    }

    /** The fields a file can fill, in the order a form shows them; required ones must get a column. */
    public List<ImportField> fields(ImportTarget target) {
        return fields.get(target);
    }

    /**
     * The file's headers and its first {@value #PREVIEW_ROWS} rows.
     *
     * @param fileName the name the user gave the file: its extension tells CSV from XLSX
     * @throws DomainException when the file cannot be read, is empty or has no header row
     */
    public TabularPreview preview(Path file, String fileName, Locale locale) {
        try (InputStream in = Files.newInputStream(file)) {
            return new TabularReader(maxRows, locale).preview(in, fileName, PREVIEW_ROWS);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The most data rows a file may have. */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Imports the file: checks every row first and writes nothing when any row is wrong (the report then lists
     * the errors, at most {@value ImportRun#MAX_LISTED_ERRORS} and a last entry saying how many more); otherwise
     * creates and updates the records, with their history, in one transaction. Reading and checking hold no
     * transaction, so no locks: other users keep working on the records meanwhile.
     *
     * @param mapping field key to column index (0 for the first column), e.g. from
     *     {@link ColumnMapping#suggest(List, List)}
     * @param locale the language of the error messages and of numbers read from XLSX
     * @param progress told every {@value TargetImport#PROGRESS_ROWS} rows read and when the rows are written,
     *     on the thread that runs the import
     * @throws DomainException when the mapping misses a required field, the file cannot be read, a record
     *     changed while the import ran, or {@value #MAX_RUNNING_IMPORTS} imports are running already
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importFile(ImportTarget target, Path file, String fileName, Map<String, Integer> mapping,
            Locale locale, Consumer<ImportProgress> progress) {
        if (!access.mayCreate()) {
            throw new AccessDeniedException("Not allowed to import CRM records");
        }
        ColumnMapping.requireComplete(fields(target), mapping, key -> i18n.getTranslation(key, locale));
        if (!running.tryAcquire()) {
            throw new DomainException("crm.import.busy", MAX_RUNNING_IMPORTS);
        }
        try (RunningWork.Running counted = RunningWork.IMPORT.begin()) {
            staging.removeStale();
            long importId = staging.begin(target, access.myName());
            try {
                return checkAndWrite(target, importId, file, fileName, mapping, locale, progress);
            } finally {
                staging.remove(importId);
            }
        } finally {
            running.release();
        }
    }

    /** Imports with the file's own name, English messages and no progress: for scripts and benchmarks. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importFile(ImportTarget target, Path file, Map<String, Integer> mapping) {
        return importFile(target, file, file.getFileName().toString(), mapping, Locale.ENGLISH, progress -> { });
    }

    private ImportReport checkAndWrite(ImportTarget target, long importId, Path file, String fileName,
            Map<String, Integer> mapping, Locale locale, Consumer<ImportProgress> progress) {
        ImportRun run = new ImportRun(mapping, locale, i18n, userService, access);
        TargetImport importer = switch (target) {
            case ACCOUNTS -> new AccountImport(run, staging, jdbc, importId, statusByText, progress);
            case CONTACTS -> new ContactImport(run, staging, jdbc, importId, access.readScope(), validator,
                    progress);
        };
        try (InputStream in = Files.newInputStream(file)) {
            new TabularReader(maxRows, locale).read(in, fileName, run::useHeaders, importer::stage);
        } catch (IOException e) {
            throw unreadable(e);
        }
        importer.finishStaging();
        if (run.rowsRead() == 0) {
            throw new DomainException("crm.import.no-rows");
        }
        // touches only this import's staging rows
        checking.executeWithoutResult(status -> importer.check());
        int stagedErrors = staging.errorCount(importId);
        if (run.errorCount() + stagedErrors > 0) {
            List<ImportError> errors = run.errors(staging.errors(importId, ImportRun.MAX_LISTED_ERRORS),
                    stagedErrors);
            return new ImportReport(run.rowsRead(), 0, 0, errors, run.errorCount() + stagedErrors);
        }
        writing.executeWithoutResult(status -> importer.write());
        progress.accept(new ImportProgress(ImportProgress.Stage.WRITING, run.rowsRead(), run.rowsRead()));
        return new ImportReport(run.rowsRead(), importer.created(), importer.updated(), List.of());
    }

    private static DomainException unreadable(IOException cause) {
        DomainException unreadable = new DomainException("import.file.unreadable");
        unreadable.initCause(new UncheckedIOException(cause));
        return unreadable;
    }

    /** Headers in the users' languages are the field labels (as in the template), so they match too. */
    private List<ImportField> withLabelsAsSynonyms(List<ImportField> targetFields) {
        List<ImportField> result = new ArrayList<>();
        for (ImportField field : targetFields) {
            Set<String> synonyms = new LinkedHashSet<>(field.synonyms());
            for (Locale locale : i18n.getProvidedLocales()) {
                synonyms.add(i18n.getTranslation(field.labelKey(), locale));
            }
            result.add(new ImportField(field.key(), field.labelKey(), field.required(), List.copyOf(synonyms)));
        }
        return List.copyOf(result);
    }

    /** A status by its name ("CUSTOMER") or its label in any of the users' languages ("Kunde"), lower case. */
    private Map<String, AccountStatus> statusByText() {
        Map<String, AccountStatus> byText = new HashMap<>();
        for (AccountStatus status : AccountStatus.values()) {
            byText.put(TargetImport.comparable(status.name()), status);
            for (Locale locale : i18n.getProvidedLocales()) {
                byText.put(TargetImport.comparable(i18n.getTranslation("crm.account.status." + status.name(),
                        locale)), status);
            }
        }
        return Map.copyOf(byText);
    }
}
