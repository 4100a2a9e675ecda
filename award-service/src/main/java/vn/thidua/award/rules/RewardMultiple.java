package vn.thidua.award.rules;

/** The cash reward as a multiple of the base salary in force (mức lương cơ sở), per kind of holder. */
public record RewardMultiple(double individual, double collective) {
}
