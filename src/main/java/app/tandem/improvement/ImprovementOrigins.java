package app.tandem.improvement;

import app.tandem.base.RecordMerged;
import app.tandem.improvement.domain.ImprovementItemRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the link from an item to the record it was raised from when another feature merges that record. */
@Component
class ImprovementOrigins {

    private final ImprovementItemRepository items;

    ImprovementOrigins(ImprovementItemRepository items) {
        this.items = items;
    }

    /** Runs in the merging transaction: the merge and the re-pointed items commit or roll back together. */
    @EventListener
    void on(RecordMerged merged) {
        items.findByOriginTypeAndOriginId(merged.recordType(), merged.mergedId())
                .forEach(item -> item.setOrigin(merged.recordType(), merged.keptId(), label(merged.keptLabel())));
    }

    private static String label(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
