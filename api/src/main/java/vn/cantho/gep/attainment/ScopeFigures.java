package vn.cantho.gep.attainment;

import java.util.List;
import java.util.Map;
import vn.cantho.gep.submission.ReportedFigure;

/**
 * The figures of one period under one org unit, as PostgreSQL added them up for attainment.
 *
 * @param sums per indicator, its figures added up per category key
 * @param reported per indicator, how many org units gave figures
 * @param expected per indicator, how many org units of the subtree, open in the period, the plan
 *     expects to report it
 * @param missing per indicator, those expected that gave none, by code
 * @param surveyFigures per survey (not additive) indicator, every reporter's figures, since only
 *     one reporter's count
 */
public record ScopeFigures(
    Map<String, Map<String, Aggregation.Sums>> sums,
    Map<String, Long> reported,
    Map<String, Long> expected,
    Map<String, List<String>> missing,
    Map<String, List<ReportedFigure>> surveyFigures) {}
