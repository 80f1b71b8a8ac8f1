package vn.cantho.gep.attainment;

/** Whether a target is met by the figures at hand. */
public enum AttainmentStatus {
  ACHIEVED,
  NOT_ACHIEVED,
  NO_DATA
}
