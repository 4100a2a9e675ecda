package vn.thidua.award.council;

import vn.thidua.award.rules.VoteRule;

/**
 * One nomination on the agenda, with what the minutes need to name it and the vote rule of its form
 * (copied from the rules that judged it, so the session counts by the rule of the case).
 */
public record AgendaItem(String nominationId, String nominee, String form, String formName, VoteRule vote) {
}
