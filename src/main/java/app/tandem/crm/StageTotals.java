package app.tandem.crm;

import java.math.BigDecimal;

/** One pipeline column's header: how many deals, their sum and their probability-weighted sum. */
public record StageTotals(long stageId, long count, BigDecimal amount, BigDecimal weighted) {

    public StageTotals(Long stageId, Long count, Number amount, Number weighted) {
        this(stageId.longValue(), count.longValue(), toDecimal(amount), toDecimal(weighted));
    }

    private static BigDecimal toDecimal(Number n) {
        return (n instanceof BigDecimal d ? d : new BigDecimal(n.toString())).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
