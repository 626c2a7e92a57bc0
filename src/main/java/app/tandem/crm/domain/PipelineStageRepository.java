package app.tandem.crm.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PipelineStageRepository extends JpaRepository<PipelineStage, Long> {

    List<PipelineStage> findAllByOrderByPositionAsc();
}
