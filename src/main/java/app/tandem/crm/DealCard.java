package app.tandem.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A deal as a card on the pipeline board. */
public record DealCard(long id, String name, String accountName, BigDecimal amount,
        @Nullable LocalDate expectedCloseDate, String ownerName, long stageId, int probability, long ownerId,
        @Nullable Long teamId, boolean movable) {

    /** As the board query reads it; whether the user may move it is added by the service. */
    public DealCard(long id, String name, String accountName, BigDecimal amount, @Nullable LocalDate expectedCloseDate,
            String ownerName, long stageId, int probability, long ownerId, @Nullable Long teamId) {
        this(id, name, accountName, amount, expectedCloseDate, ownerName, stageId, probability, ownerId, teamId, false);
    }

    DealCard movable(boolean movable) {
        return new DealCard(id, name, accountName, amount, expectedCloseDate, ownerName, stageId, probability,
                ownerId, teamId, movable);
    }
}
