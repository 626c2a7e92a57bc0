package app.tandem.compliance.ui;

import app.tandem.compliance.EvidenceRow;
import app.tandem.compliance.RunEvidenceService;
import com.vaadin.flow.component.html.Anchor;

/** A link that downloads a piece of evidence under its own name: on the run page and in a signed version alike. */
final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    static Anchor link(RunEvidenceService service, EvidenceRow row) {
        long id = row.id();
        String name = row.fileName();
        String type = row.contentType();
        Anchor link = new Anchor(event -> {
            event.setFileName(name);
            event.setContentType(type);
            service.writeEvidence(id, event.getOutputStream());
        }, name);
        link.setTarget("_blank");
        return link;
    }
}
