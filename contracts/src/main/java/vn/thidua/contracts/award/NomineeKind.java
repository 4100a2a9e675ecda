package vn.thidua.contracts.award;

/** Tập thể / cá nhân. */
public enum NomineeKind {
    COLLECTIVE, INDIVIDUAL
}
