package vn.cantho.gep.period;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reporting periods. */
@ApplicationScoped
public class PeriodRepository implements PanacheRepositoryBase<Period, String> {}
