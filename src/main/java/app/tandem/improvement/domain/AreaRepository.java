package app.tandem.improvement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findAllByOrderByName();

    List<Area> findByActiveTrueOrderByName();

    Optional<Area> findByNameIgnoreCase(String name);
}
