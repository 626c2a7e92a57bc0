package app.tandem.compliance.domain;

import app.tandem.compliance.RunEventKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunEventRepository extends JpaRepository<RunEvent, Long> {

    List<RunEvent> findByRunIdOrderByHappenedAtDescIdDesc(long runId);

    List<RunEvent> findByRunIdAndKindAndSupersededFalse(long runId, RunEventKind kind);

    boolean existsByRunIdAndKind(long runId, RunEventKind kind);
}
