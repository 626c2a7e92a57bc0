package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.crm.domain.LostReason;
import app.tandem.crm.domain.LostReasonRepository;
import app.tandem.crm.domain.PipelineStage;
import app.tandem.crm.domain.PipelineStageRepository;
import app.tandem.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's stages (their order, default probability, forecast category, closed and won) and the lost reasons,
 * as administrators set them up. Everyone reads them through {@link DealService#stages()} and
 * {@link DealService#lostReasons()}; everything here is for administrators only.
 *
 * <p>The pipeline always keeps an open, a won and a lost stage; a stage or lost reason that deals use is not
 * deleted (a lost reason can be deactivated instead), and at least one lost reason stays active, since a deal
 * cannot be lost without one. A new default probability applies to deals that move into the stage from then on.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PipelineSettingsService {

    static final int MAX_STAGE_NAME = 60;
    static final int MAX_LOST_REASON_NAME = 100;

    private final PipelineStageRepository stages;
    private final LostReasonRepository lostReasons;

    PipelineSettingsService(PipelineStageRepository stages, LostReasonRepository lostReasons) {
        this.stages = stages;
        this.lostReasons = lostReasons;
    }

    // --- stages --------------------------------------------------------------------------------------------------

    /** All stages in pipeline order, with how many deals are in each. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<StageListItem> stages() {
        return stages.listWithDealCounts();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public StageData loadStage(long id) {
        return toData(stage(id));
    }

    /** Adds a stage at the end of the pipeline. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public StageData createStage(StageData data) {
        String name = checkedStageName(data.name(), null);
        PipelineStage stage = new PipelineStage(name, stages.lastPosition() + 1, data.probability(),
                data.forecastCategory(), data.closed(), data.won());
        return toData(stages.saveAndFlush(stage));
    }

    /** Changes name, default probability, forecast category and whether the stage is closed or won. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public StageData updateStage(StageData data) {
        if (data.id() == null) {
            throw new IllegalArgumentException("A new stage is created, not updated");
        }
        PipelineStage stage = stage(data.id());
        checkVersion(stage.getVersion(), data.version());
        String name = checkedStageName(data.name(), stage.getId());
        boolean kindChanges = stage.isClosed() != data.closed() || stage.isWon() != data.won();
        if (kindChanges) {
            long inIt = stages.countDealsIn(stage.getId());
            if (inIt > 0) {
                throw new DomainException("stage.kind.in-use", inIt);
            }
        }
        stage.change(name, data.probability(), data.forecastCategory(), data.closed(), data.won());
        requireCompletePipeline(stages.findAllByOrderByPositionAsc());
        return toData(stages.saveAndFlush(stage));
    }

    /** Moves the stage one place earlier in the pipeline; the first stays first. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public List<StageListItem> moveStageUp(long id) {
        return move(id, -1);
    }

    /** Moves the stage one place later in the pipeline; the last stays last. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public List<StageListItem> moveStageDown(long id) {
        return move(id, 1);
    }

    /** Deletes a stage no deal is in or was in, as long as the pipeline keeps an open, a won and a lost stage. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void deleteStage(long id, long version) {
        PipelineStage stage = stage(id);
        checkVersion(stage.getVersion(), version);
        List<PipelineStage> remaining = new ArrayList<>(stages.findAllByOrderByPositionAsc());
        remaining.remove(stage);
        requireCompletePipeline(remaining);
        long deals = stages.countDealsThatUse(id);
        if (deals > 0) {
            throw new DomainException("stage.delete.in-use", deals);
        }
        stages.delete(stage);
        stages.flush();
    }

    private List<StageListItem> move(long id, int offset) {
        List<PipelineStage> ordered = new ArrayList<>(stages.findAllByOrderByPositionAsc());
        PipelineStage stage = stage(id);
        int from = ordered.indexOf(stage);
        int to = Math.clamp(from + offset, 0, ordered.size() - 1);
        ordered.remove(from);
        ordered.add(to, stage);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).moveTo(i + 1);
            }
        }
        stages.flush();
        return stages.listWithDealCounts();
    }

    private String checkedStageName(@Nullable String name, @Nullable Long ownId) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("stage.name.required");
        }
        if (trimmed.length() > MAX_STAGE_NAME) {
            throw new DomainException("stage.name.too-long", MAX_STAGE_NAME);
        }
        if (stages.nameTaken(trimmed, ownId)) {
            throw new DomainException("stage.name.taken", trimmed);
        }
        return trimmed;
    }

    /** Deals need somewhere to start, to be won and to be lost. */
    private static void requireCompletePipeline(List<PipelineStage> pipeline) {
        if (pipeline.stream().allMatch(PipelineStage::isClosed)) {
            throw new DomainException("stage.pipeline.needs-open");
        }
        if (pipeline.stream().noneMatch(PipelineStage::isWon)) {
            throw new DomainException("stage.pipeline.needs-won");
        }
        if (pipeline.stream().noneMatch(PipelineStage::isLost)) {
            throw new DomainException("stage.pipeline.needs-lost");
        }
    }

    private PipelineStage stage(long id) {
        return stages.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private static StageData toData(PipelineStage s) {
        return new StageData(s.getId(), s.getVersion(), s.getName(), s.getProbability(), s.getForecastCategory(),
                s.isClosed(), s.isWon());
    }

    // --- lost reasons --------------------------------------------------------------------------------------------

    /** All lost reasons, active or not, by name, with how many deals were lost for each. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<LostReasonListItem> lostReasons() {
        return lostReasons.listWithDealCounts();
    }

    /** Adds an active lost reason. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public LostReasonListItem createLostReason(String name) {
        LostReason reason = lostReasons.saveAndFlush(new LostReason(checkedReasonName(name, null)));
        return toItem(reason, 0);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public LostReasonListItem renameLostReason(long id, long version, String name) {
        LostReason reason = lostReason(id);
        checkVersion(reason.getVersion(), version);
        reason.rename(checkedReasonName(name, id));
        return toItem(lostReasons.saveAndFlush(reason), lostReasons.countDealsLostFor(id));
    }

    /** An inactive reason is no longer offered when a deal is lost; deals lost for it keep it. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public LostReasonListItem setLostReasonActive(long id, long version, boolean active) {
        LostReason reason = lostReason(id);
        checkVersion(reason.getVersion(), version);
        if (!active && reason.isActive() && lostReasons.countByActiveTrue() <= 1) {
            throw new DomainException("lost-reason.last-active");
        }
        reason.setActive(active);
        return toItem(lostReasons.saveAndFlush(reason), lostReasons.countDealsLostFor(id));
    }

    /** Deletes a lost reason no deal was lost for; one in use can be deactivated instead. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void deleteLostReason(long id, long version) {
        LostReason reason = lostReason(id);
        checkVersion(reason.getVersion(), version);
        long deals = lostReasons.countDealsLostFor(id);
        if (deals > 0) {
            throw new DomainException("lost-reason.delete.in-use", deals);
        }
        if (reason.isActive() && lostReasons.countByActiveTrue() <= 1) {
            throw new DomainException("lost-reason.last-active");
        }
        lostReasons.delete(reason);
        lostReasons.flush();
    }

    private String checkedReasonName(@Nullable String name, @Nullable Long ownId) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("lost-reason.name.required");
        }
        if (trimmed.length() > MAX_LOST_REASON_NAME) {
            throw new DomainException("lost-reason.name.too-long", MAX_LOST_REASON_NAME);
        }
        if (lostReasons.nameTaken(trimmed, ownId)) {
            throw new DomainException("lost-reason.name.taken", trimmed);
        }
        return trimmed;
    }

    private LostReason lostReason(long id) {
        return lostReasons.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private static LostReasonListItem toItem(LostReason r, long deals) {
        return new LostReasonListItem(r.getId(), r.getVersion(), r.getName(), r.isActive(), deals);
    }

    private static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw new OptimisticLockingFailureException("Changed by someone else since it was loaded");
        }
    }
}
