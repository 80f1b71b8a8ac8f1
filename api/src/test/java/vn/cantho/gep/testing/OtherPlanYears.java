package vn.cantho.gep.testing;

/**
 * Removes what tests of several plan years add: plans, targets, reporters and periods of years
 * other than 2024, and national milestones beyond the four confirmed indicators of V9.
 */
public final class OtherPlanYears {
  private OtherPlanYears() {}

  public static void remove() {
    Db.reset();
    Db.exec(
        """
        delete from target_change where plan_year <> 2024;
        delete from target where plan_year <> 2024;
        delete from plan_reporter where plan_year <> 2024;
        delete from plan where year <> 2024;
        delete from period where year <> 2024;
        delete from national_milestone where indicator_code not in ('1.1', '2.1', '2.2', '2.3');
        """);
  }
}
