package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.io.ColumnMapping;
import app.tandem.base.io.ImportField;
import app.tandem.base.io.ImportReport;
import app.tandem.base.io.TabularPreview;
import app.tandem.base.io.TabularReader;
import app.tandem.base.io.TabularRow;
import app.tandem.base.ops.RunningWork;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports accounts or contacts from a CSV or XLSX file: suggests which column fills which field, previews the
 * first rows, then checks every row and, only if all are fine, creates or updates the records in one transaction.
 * The same rules and rights apply as in the forms (see {@link AccountService}, {@link ContactService},
 * {@link CrmAccess}); compliance officers, who change nothing, may not import.
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
    /** An import of the most rows on a slow node: far more than the default statement timeout (see docs/adr/0007). */
    static final int IMPORT_TIMEOUT_SECONDS = 1800;
    /** Each import holds a database connection for its whole run; the pool must keep some for everyone else. */
    static final int MAX_RUNNING_IMPORTS = 2;

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final UserService userService;
    private final CrmAccess access;
    private final I18NProvider i18n;
    private final Validator validator;
    private final Map<ImportTarget, List<ImportField>> fields;
    private final Map<String, AccountStatus> statusByText;
    private final Semaphore running = new Semaphore(MAX_RUNNING_IMPORTS);

    @PersistenceContext
    private EntityManager entityManager;

    CrmImportService(AccountRepository accounts, ContactRepository contacts, UserService userService,
            CrmAccess access, I18NProvider i18n, Validator validator) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.userService = userService;
        this.access = access;
        this.i18n = i18n;
        this.validator = validator;
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
            return new TabularReader(MAX_ROWS, locale).preview(in, fileName, PREVIEW_ROWS);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * Imports the file: checks every row first and writes nothing when any row is wrong (the report then lists
     * the errors, at most {@value ImportRun#MAX_LISTED_ERRORS} and a last entry saying how many more); otherwise
     * creates and updates the records in this one transaction.
     *
     * @param mapping field key to column index (0 for the first column), e.g. from
     *     {@link ColumnMapping#suggest(List, List)}
     * @param locale the language of the error messages and of numbers read from XLSX
     * @param progress told after each chunk of rows, on the thread that runs the import
     * @throws DomainException when the mapping misses a required field, the file cannot be read, or
     *     {@value #MAX_RUNNING_IMPORTS} imports are running already
     */
    @Transactional(timeout = IMPORT_TIMEOUT_SECONDS)
    public ImportReport importFile(ImportTarget target, Path file, String fileName, Map<String, Integer> mapping,
            Locale locale, Consumer<ImportProgress> progress) {
        if (!access.mayCreate()) {
            throw new AccessDeniedException("Not allowed to import CRM records");
        }
        if (!running.tryAcquire()) {
            throw new DomainException("crm.import.busy", MAX_RUNNING_IMPORTS);
        }
        RunningWork.Running counted = RunningWork.IMPORT.begin();
        try {
            // released when the transaction ends: its commit, which writes the history, still needs the connection
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    counted.close();
                    running.release();
                }
            });
        } catch (RuntimeException e) {
            counted.close();
            running.release();
            throw e;
        }
        return checkAndWrite(target, file, fileName, mapping, locale, progress);
    }

    /** Imports with the file's own name, English messages and no progress: for scripts and benchmarks. */
    @Transactional(timeout = IMPORT_TIMEOUT_SECONDS)
    public ImportReport importFile(ImportTarget target, Path file, Map<String, Integer> mapping) {
        return importFile(target, file, file.getFileName().toString(), mapping, Locale.ENGLISH, progress -> { });
    }

    private ImportReport checkAndWrite(ImportTarget target, Path file, String fileName, Map<String, Integer> mapping,
            Locale locale, Consumer<ImportProgress> progress) {
        List<ImportField> targetFields = fields(target);
        ColumnMapping.requireComplete(targetFields, mapping, key -> i18n.getTranslation(key, locale));
        ImportRun run = new ImportRun(mapping, locale, i18n, userService, access);
        TargetImport<?> importer = switch (target) {
            case ACCOUNTS -> new AccountImport(run, accounts, statusByText, entityManager, progress);
            case CONTACTS -> new ContactImport(run, contacts, accounts, access.readScope(), validator,
                    entityManager, progress);
        };
        TabularReader reader = new TabularReader(MAX_ROWS, locale);

        read(reader, file, fileName, run::useHeaders, importer::checkRow);
        importer.finishChecking();
        if (run.rowsRead() == 0) {
            throw new DomainException("crm.import.no-rows");
        }
        if (run.hasErrors()) {
            return new ImportReport(run.rowsRead(), 0, 0, run.errors(), run.errorCount());
        }
        read(reader, file, fileName, headers -> { }, importer::writeRow);
        importer.finishWriting();
        return new ImportReport(run.rowsRead(), run.createdCount(), run.updatedCount(), List.of());
    }

    private static void read(TabularReader reader, Path file, String fileName, Consumer<List<String>> onHeader,
            Consumer<TabularRow> onRow) {
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, fileName, onHeader, onRow);
        } catch (IOException e) {
            throw unreadable(e);
        }
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
