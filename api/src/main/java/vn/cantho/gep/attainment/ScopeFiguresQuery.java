package vn.cantho.gep.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import vn.cantho.gep.period.Period;
import vn.cantho.gep.submission.ReportedFigure;
import vn.cantho.gep.submission.SubmissionStatus;

/**
 * Adds up a period's figures under an org unit in PostgreSQL, in one statement: sums per indicator
 * and category, reporters per indicator, the expected reporters (the plan's reporters in the
 * subtree that are open in the period) with those of them that gave no figure, and the rows of
 * survey indicators. Every aggregate is a hash aggregate over the period's figures; none needs a
 * sort. At national scale that is ~80,000 figures a period that need not cross the wire.
 */
@ApplicationScoped
public class ScopeFiguresQuery {
  static final String SQL =
      """
      with f as materialized (
        select s.org_unit_code, v.indicator_code, v.category_key, v.numerator, v.denominator, v.flag
        from submission s join submission_value v on v.submission_id = s.id
        where s.org_unit_code = any(?) and s.period_code = ? and s.status = any(?)),
      pairs as materialized (
        select indicator_code, org_unit_code from f group by indicator_code, org_unit_code)
      select 'S' as kind, indicator_code, category_key, null as org_unit_code,
        sum(numerator) filter (where numerator is not null and denominator is not null) as numerator,
        sum(denominator) filter (where numerator is not null and denominator is not null)
          as denominator,
        count(*) filter (where flag) as yes, count(*) as n, null::boolean as flag,
        null::text[] as missing
      from f group by indicator_code, category_key
      union all
      select 'R', indicator_code, null, null, null, null, null, count(*), null, null
      from pairs group by indicator_code
      union all
      select 'E', r.indicator_code, null, null, null, null, null, count(*), null,
        array_agg(r.org_unit_code) filter (where p.org_unit_code is null)
      from unnest(?::text[]) u(code) join org_unit o on o.code = u.code
        join plan_reporter r on r.org_unit_code = u.code and r.plan_year = ?
        left join pairs p on p.indicator_code = r.indicator_code and p.org_unit_code = r.org_unit_code
      where o.opened_on <= ? and (o.closed_on is null or o.closed_on > ?)
      group by r.indicator_code
      union all
      select 'F', indicator_code, category_key, org_unit_code, numerator, denominator, null, null,
        flag, null
      from f where indicator_code = any(?)
      """;

  @Inject EntityManager em;

  /**
   * @param subtree the codes of the org unit and every unit below it
   */
  public ScopeFigures figures(
      List<String> subtree,
      Period period,
      Collection<SubmissionStatus> statuses,
      Collection<String> surveyIndicators) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              Map<String, Map<String, Aggregation.Sums>> sums = new HashMap<>();
              Map<String, Long> reported = new HashMap<>();
              Map<String, Long> expected = new HashMap<>();
              Map<String, List<String>> missing = new HashMap<>();
              Map<String, List<ReportedFigure>> survey = new HashMap<>();
              try (PreparedStatement ps = c.prepareStatement(SQL)) {
                Array states = c.createArrayOf("text", statuses.stream().map(Enum::name).toArray());
                Array surveys = c.createArrayOf("text", surveyIndicators.toArray());
                Array scope = c.createArrayOf("text", subtree.toArray());
                ps.setArray(1, scope);
                ps.setString(2, period.code);
                ps.setArray(3, states);
                ps.setArray(4, scope);
                ps.setInt(5, period.year);
                ps.setObject(6, period.endDate);
                ps.setObject(7, period.startDate);
                ps.setArray(8, surveys);
                try (ResultSet r = ps.executeQuery()) {
                  while (r.next()) {
                    String indicator = r.getString(2);
                    switch (r.getString(1)) {
                      case "S" ->
                          sums.computeIfAbsent(indicator, k -> new TreeMap<>())
                              .put(
                                  r.getString(3),
                                  new Aggregation.Sums(
                                      r.getBigDecimal(5),
                                      r.getBigDecimal(6),
                                      r.getLong(7),
                                      r.getLong(8)));
                      case "R" -> reported.put(indicator, r.getLong(8));
                      case "E" -> {
                        expected.put(indicator, r.getLong(8));
                        Array codes = r.getArray(10);
                        if (codes != null) {
                          String[] sorted = (String[]) codes.getArray();
                          java.util.Arrays.sort(sorted);
                          missing.put(indicator, List.of(sorted));
                        }
                      }
                      case "F" -> {
                        Object flag = r.getObject(9);
                        survey
                            .computeIfAbsent(indicator, k -> new ArrayList<>())
                            .add(
                                new ReportedFigure(
                                    r.getString(4),
                                    indicator,
                                    r.getString(3),
                                    r.getBigDecimal(5),
                                    r.getBigDecimal(6),
                                    flag == null ? null : (Boolean) flag));
                      }
                      default -> throw new IllegalStateException(r.getString(1));
                    }
                  }
                }
              }
              return new ScopeFigures(sums, reported, expected, missing, survey);
            });
  }
}
