package vn.cantho.gep.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldError;

/** Reads the national milestones; admins add, change and remove them. */
@ApplicationScoped
@Transactional
public class MilestoneService {
  static final String DEFAULT_SOURCE =
      "Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 -"
          + " 2030)";

  @Inject NationalMilestoneRepository repository;
  @Inject IndicatorService indicators;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<NationalMilestone> list(String indicatorCode) {
    if (indicatorCode != null) {
      indicators.get(indicatorCode);
    }
    return repository.listFor(indicatorCode);
  }

  /**
   * Sets an indicator's national milestone for a year of the strategy, creating it when new. The
   * comparator and value must suit the indicator as a target must (TRUE only for yes/no).
   */
  public NationalMilestone put(String code, int year, MilestoneRequest request, String actor) {
    Indicator indicator = indicators.get(code);
    List<FieldError> errors =
        TargetRules.validate(
            indicator.valueType,
            indicator.unit,
            new UpdateTargetRequest(request.comparator(), request.target(), null));
    if (!errors.isEmpty()) {
      throw new DomainException(
          ErrorCode.MILESTONE_INVALID,
          "The national milestone does not suit indicator " + code,
          errors);
    }
    String source = blankToNull(request.source());
    repository.insertIfAbsent(code, year, request.comparator(), request.target(), actor);
    NationalMilestone m =
        repository
            .findByIdOptional(
                new NationalMilestone.Key(code, year),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow();
    m.comparator = request.comparator();
    m.value = request.target();
    m.noteVi = blankToNull(request.noteVi());
    m.source = source == null ? DEFAULT_SOURCE : source;
    m.updatedAt = OffsetDateTime.now();
    m.updatedBy = actor;
    return m;
  }

  public void remove(String code, int year) {
    indicators.get(code);
    if (!repository.deleteById(new NationalMilestone.Key(code, year))) {
      throw DomainException.notFound(
          ErrorCode.MILESTONE_NOT_FOUND, "A national milestone of " + code + " for " + year);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
