package app.tandem.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByRunIdOrderByUploadedAtAscIdAsc(long runId);
}
