package vn.cantho.gep.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The editable parts of a period's consolidated report, kept until the coordinator sends it. */
@Entity
@Table(name = "report_draft")
public class ReportDraft {
  @Id
  @Column(name = "period_code")
  public String periodCode;

  /** The document number, e.g. "125/BC-SLĐTBXH". */
  public String number;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  /** The subject line under "BÁO CÁO". */
  public String subject;

  @Column(name = "signer_name")
  public String signerName;

  @Column(name = "signer_title")
  public String signerTitle;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> recipients = new ArrayList<>();

  /** Narrative text per objective code. */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, String> narratives = new LinkedHashMap<>();

  public int version;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;
}
