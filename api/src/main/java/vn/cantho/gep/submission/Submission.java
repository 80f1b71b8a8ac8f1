package vn.cantho.gep.submission;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One org unit's figures for one period, on their way through review. */
@Entity
@Table(name = "submission")
public class Submission {
  @Id public UUID id;

  @Column(name = "org_unit_code")
  public String orgUnitCode;

  @Column(name = "period_code")
  public String periodCode;

  @Enumerated(EnumType.STRING)
  public SubmissionStatus status;

  /**
   * Starts at 1 and grows by one with every change; clients send it back in If-Match. Writers hold
   * a row lock while they compare and bump it, so two writers with the same version cannot both
   * win.
   */
  public int version;

  @Column(name = "return_reason")
  public String returnReason;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "submitted_at")
  public OffsetDateTime submittedAt;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "reviewed_at")
  public OffsetDateTime reviewedAt;

  @Column(name = "reviewed_by")
  public String reviewedBy;

  @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
  public List<SubmissionValue> values = new ArrayList<>();
}
