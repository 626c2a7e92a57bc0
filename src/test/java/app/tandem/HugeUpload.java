package app.tandem;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;

/**
 * Sends a file of any size to an {@link Upload}'s server-side handler, as the browser's request would, from a
 * generated stream (never held in memory), and tells how much of it the server read. Unlike the browserless
 * {@code UploadTester}, which reads the whole file into an array first; the length is not announced (chunked).
 */
public final class HugeUpload {

    public final long size;
    private long read;
    private boolean rejected;

    public HugeUpload(long size) {
        this.size = size;
    }

    /** Sends the file; returns this, for {@link #bytesRead()} and {@link #rejected()}. */
    public HugeUpload sendTo(Upload upload, String fileName, String contentType, byte[] firstBytes) {
        String target = upload.getElement().getAttribute("target");
        UploadHandler handler = (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(target))
                .orElseThrow().getElementRequestHandler();
        InputStream body = new Generated(firstBytes);
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), fileName, -1, contentType, upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
        try {
            handler.handleUploadRequest(event);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        rejected = event.isRejected();
        // what the handler handed to the UI (ui.access) runs now, as after a real request
        com.vaadin.browserless.internal.MockVaadin.runUIQueue();
        return this;
    }

    public long bytesRead() {
        return read;
    }

    public boolean rejected() {
        return rejected;
    }

    /** The first bytes given (e.g. a file type's magic number), then zeros up to the size. */
    private final class Generated extends InputStream {
        private final byte[] first;

        Generated(byte[] first) {
            this.first = first;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            for (int i = 0; i < n && read + i < first.length; i++) {
                buffer[offset + i] = first[(int) read + i];
            }
            read += n;
            return n;
        }
    }
}
