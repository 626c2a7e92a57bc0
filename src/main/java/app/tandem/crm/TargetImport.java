package app.tandem.crm;

import app.tandem.base.io.TabularRow;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rules of importing one kind of record, applied a chunk of rows at a time: existing records are looked up
 * for a whole chunk (one query per kind of key, never one per row), and after writing a chunk the persistence
 * context is flushed and cleared, so a file of 100,000 rows needs no more memory than one of 1,000.
 *
 * @param <R> a row as read and checked: its values, the file row (for errors) and its position in the file
 */
abstract class TargetImport<R extends TargetImport.Row> {

    static final int CHUNK = 1_000;

    /** A parsed row: the file row for error messages, and the position of the data row (0 for the first). */
    interface Row {
        TabularRow row();

        int position();
    }

    protected final ImportRun run;
    protected final EntityManager entityManager;
    private final Consumer<ImportProgress> progress;
    private final List<R> pending = new ArrayList<>(CHUNK);
    private int written;

    TargetImport(ImportRun run, EntityManager entityManager, Consumer<ImportProgress> progress) {
        this.run = run;
        this.entityManager = entityManager;
        this.progress = progress;
    }

    /** Reads a row's cells; in the checking pass, reports what is wrong with any of them. */
    protected abstract R parse(TabularRow row, int position);

    /** Checks a chunk of parsed rows against the database and each other; decides what each row does. */
    protected abstract void check(List<R> chunk);

    /** Creates or updates the chunk's records, as decided when checking. */
    protected abstract void write(List<R> chunk);

    // --- the checking pass ---------------------------------------------------------------------------------

    final void checkRow(TabularRow row) {
        pending.add(parse(row, run.rowRead()));
        if (pending.size() == CHUNK) {
            checkPending();
        }
    }

    final void finishChecking() {
        checkPending();
        run.startWriting();
    }

    private void checkPending() {
        if (pending.isEmpty()) {
            return;
        }
        check(pending);
        pending.clear();
        // only read: nothing to flush, but the looked-up records need not stay
        entityManager.clear();
        progress.accept(new ImportProgress(ImportProgress.Stage.CHECKING, run.rowsRead(), -1));
    }

    // --- the writing pass ----------------------------------------------------------------------------------

    final void writeRow(TabularRow row) {
        pending.add(parse(row, written + pending.size()));
        if (pending.size() == CHUNK) {
            writePending();
        }
    }

    final void finishWriting() {
        writePending();
        if (written != run.rowsRead()) {
            throw new IllegalStateException("Wrote " + written + " rows of " + run.rowsRead());
        }
    }

    private void writePending() {
        if (pending.isEmpty()) {
            return;
        }
        write(pending);
        written += pending.size();
        pending.clear();
        entityManager.flush();
        entityManager.clear();
        progress.accept(new ImportProgress(ImportProgress.Stage.WRITING, written, run.rowsRead()));
    }

    /** Lower case and trimmed: how names and keys are compared. */
    static String comparable(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
