package app.tandem.base.io;

import app.tandem.base.DomainException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every export (CSV, XLSX, PDF) goes through here: the file is written to a temporary file inside a read-only
 * transaction, and only after the transaction has ended (its connection back in the pool) copied to the browser,
 * however slowly the browser reads. At most {@code tandem.export.max-concurrent} files are written at once on
 * this node; the next user is told to try again in a moment ({@code export.busy}).
 */
@Component
public class ExportSpool {

    /** Writes the file; runs inside the read-only transaction. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final Semaphore slots;
    private final int maxConcurrent;
    private final TransactionTemplate readOnly;

    ExportSpool(PlatformTransactionManager transactions,
            @Value("${tandem.export.max-concurrent:4}") int maxConcurrent,
            @Value("${tandem.export.timeout-seconds:600}") int timeoutSeconds) {
        this.maxConcurrent = maxConcurrent;
        this.slots = new Semaphore(maxConcurrent);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setTimeout(timeoutSeconds);
    }

    /**
     * Writes the file with {@code writer} and then sends it to {@code out}.
     *
     * @throws DomainException {@code export.busy} when {@code tandem.export.max-concurrent} exports are being
     *     written already
     */
    public void export(OutputStream out, Writer writer) throws IOException {
        if (!slots.tryAcquire()) {
            throw new DomainException("export.busy", maxConcurrent);
        }
        Path file = Files.createTempFile("tandem-export-", ".part");
        try {
            try (OutputStream spool = new BufferedOutputStream(Files.newOutputStream(file))) {
                readOnly.executeWithoutResult(status -> {
                    try {
                        writer.write(spool);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                slots.release();
            }
            Files.copy(file, out);
            out.flush();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
