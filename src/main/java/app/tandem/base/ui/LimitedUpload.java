package app.tandem.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives an uploaded file into a temporary file and stops reading once it exceeds the limit, so an upload never
 * costs more than its limit in disk and nothing in heap, whatever size the browser claims (or does not claim).
 * Vaadin's own handlers read the whole request first: in memory ({@code inMemory}) or to a file
 * ({@code toTempFile}); the limit of {@code Upload.setMaxFileSize} is only checked in the browser.
 */
public final class LimitedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(LimitedUpload.class);
    private static final int BUFFER = 64 * 1024;

    /** Gets the file (within the limit) under the UI's lock; it owns the file from then on and deletes it. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(String fileName, Path file);
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final SerializableConsumer<String> tooLarge;

    /**
     * @param maxBytes the largest file accepted
     * @param receiver what happens with an accepted file, under the UI's lock
     * @param tooLarge what the user is told about a refused file (gets its name), under the UI's lock
     */
    public LimitedUpload(long maxBytes, Receiver receiver, SerializableConsumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        UI ui = event.getUI();
        String name = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, name, event.getFileSize());
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("tandem-upload-", ".part");
            long read = copyAtMost(event.getInputStream(), file, maxBytes);
            if (read > maxBytes) {
                refuse(event, ui, name, read);
                return;
            }
            Path received = file;
            file = null;
            ui.access(() -> receiver.received(name, received));
        } catch (IOException e) {
            log.warn("Upload of {} failed: {}", name, e.toString());
            event.reject("Upload failed");
        } finally {
            deleteQuietly(file);
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + BUFFER;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private void refuse(UploadEvent event, UI ui, String name, long seen) {
        log.info("Upload of {} refused: more than {} bytes (at least {})", name, maxBytes, seen);
        event.reject("File too large");
        ui.access(() -> tooLarge.accept(name));
    }

    /** Copies until the end or until one byte past the limit; returns how many bytes it read. */
    static long copyAtMost(InputStream in, Path file, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    return total;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
