package vn.thidua.award.council;

/**
 * One ballot paper: a random id and the choice. On a secret ballot that is all it holds (no voter,
 * no time, and the papers are kept in the order of their random ids, not the order they were cast);
 * on an open ballot it also names the member.
 */
public record Paper(String paperId, Choice choice, String member) {
}
