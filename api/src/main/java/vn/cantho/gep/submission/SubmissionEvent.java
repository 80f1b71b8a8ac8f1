package vn.cantho.gep.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A history entry: a state move or a change of values, who made it and when. */
@Entity
@Table(name = "submission_event")
public class SubmissionEvent {
  /** What happened. */
  public enum Action {
    CREATED,
    VALUES_CHANGED,
    SUBMITTED,
    APPROVED,
    RETURNED,
    REOPENED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id")
  public UUID submissionId;

  @Column(name = "occurred_at")
  public OffsetDateTime occurredAt;

  /** The name shown for who made the change. */
  public String actor;

  /** Who made the change: the token's subject; null on entries older than its recording. */
  @Column(name = "actor_id")
  public String actorId;

  @Enumerated(EnumType.STRING)
  public Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public SubmissionStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public SubmissionStatus toStatus;

  /** The submission's version after the event. */
  public int version;

  public String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<ValueChange> changes = new ArrayList<>();
}
