package vn.cantho.gep.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person who receives an org unit's reminders, or so-ldtbxh's digest. */
@Entity
@Table(name = "org_unit_contact")
public class Contact {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "org_unit_code")
  public String orgUnitCode;

  @Enumerated(EnumType.STRING)
  public ContactKind kind;

  public String email;

  public String name;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;
}
