package vn.thidua.award.council;

/** A member of the session's roster: their username (the token's subject), full name, and whether they chair it. */
public record Member(String username, String fullName, boolean chair) {
}
