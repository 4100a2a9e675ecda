package vn.thidua.notification.inbox;

/**
 * Whom an inbox message is for: every user of a unit (the token's {@code unit} claim), or one person
 * (the token's subject). A unit's message is read once per user, not once per unit.
 */
public enum Audience {
    UNIT,
    PERSON
}
