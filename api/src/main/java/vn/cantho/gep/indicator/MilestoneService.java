package vn.cantho.gep.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cantho.gep.common.error.DomainException;
import vn.cantho.gep.common.error.ErrorCode;
import vn.cantho.gep.common.error.FieldError;
import vn.cantho.gep.common.security.Actor;

/** Reads the national milestones; admins add, change and remove them, each change audited. */
@ApplicationScoped
@Transactional
public class MilestoneService {
  static final String DEFAULT_SOURCE =
      "Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 -"
          + " 2030)";

  static final String MILESTONE_CHANGED = "MILESTONE_CHANGED";
  static final String MILESTONE_REMOVED = "MILESTONE_REMOVED";

  @Inject NationalMilestoneRepository repository;
  @Inject IndicatorService indicators;
  @Inject ObjectMapper json;

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
  public NationalMilestone put(String code, int year, MilestoneRequest request, Actor actor) {
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
    boolean created =
        repository.insertIfAbsent(code, year, request.comparator(), request.target(), actor.name());
    NationalMilestone m = forUpdate(code, year).orElseThrow();
    String before = created ? null : snapshot(m);
    m.comparator = request.comparator();
    m.value = request.target();
    m.noteVi = blankToNull(request.noteVi());
    m.source = source == null ? DEFAULT_SOURCE : source;
    m.updatedAt = OffsetDateTime.now();
    m.updatedBy = actor.name();
    String after = snapshot(m);
    if (!after.equals(before)) {
      repository.recordChange(code, year, MILESTONE_CHANGED, actor, before, after);
    }
    return m;
  }

  /** Removes a milestone; the audit log keeps what it was. */
  public void remove(String code, int year, Actor actor) {
    indicators.get(code);
    NationalMilestone m =
        forUpdate(code, year)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        ErrorCode.MILESTONE_NOT_FOUND,
                        "A national milestone of " + code + " for " + year));
    String before = snapshot(m);
    repository.delete(m);
    repository.recordChange(code, year, MILESTONE_REMOVED, actor, before, null);
  }

  private java.util.Optional<NationalMilestone> forUpdate(String code, int year) {
    return repository.findByIdOptional(
        new NationalMilestone.Key(code, year), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
  }

  /** The milestone's comparator, value, note and source as JSON, for the audit log. */
  private String snapshot(NationalMilestone m) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("comparator", m.comparator);
    map.put(
        "target",
        m.value == null
            ? null
            : new java.math.BigDecimal(m.value.stripTrailingZeros().toPlainString()));
    map.put("noteVi", m.noteVi);
    map.put("source", m.source);
    try {
      return json.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
