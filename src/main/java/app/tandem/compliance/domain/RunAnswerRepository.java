package app.tandem.compliance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunAnswerRepository extends JpaRepository<RunAnswer, Long> {

    List<RunAnswer> findByRunId(long runId);

    Optional<RunAnswer> findByRunIdAndItemId(long runId, long itemId);

    long countByRunId(long runId);
}
