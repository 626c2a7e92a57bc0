package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.performance.Cadence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A series of 1:1 meetings between a lead (supervisor or manager) and one report, at a cadence. */
@Entity
@Audited
@Table(name = "one_on_one_series")
public class OneOnOneSeries extends AbstractEntity {

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cadence cadence = Cadence.BIWEEKLY;

    protected OneOnOneSeries() {
    }

    public OneOnOneSeries(long leadId, long reportId, Cadence cadence) {
        this.leadId = leadId;
        this.reportId = reportId;
        this.cadence = cadence;
    }

    public long getLeadId() {
        return leadId;
    }

    public long getReportId() {
        return reportId;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public boolean hasParticipant(long userId) {
        return leadId == userId || reportId == userId;
    }
}
