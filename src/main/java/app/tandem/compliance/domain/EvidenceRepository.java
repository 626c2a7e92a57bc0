package app.tandem.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    /** The run's evidence, without what was removed (see {@link Evidence#markRemoved}). */
    List<Evidence> findByRunIdAndRemovedAtIsNullOrderByUploadedAtAscIdAsc(long runId);
}
