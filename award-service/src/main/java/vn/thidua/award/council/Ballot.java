package vn.thidua.award.council;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The vote on one agenda item. {@code voters} are the has-voted markers (who voted, never how);
 * {@code papers} the choices, in the order of their random ids. On a secret ballot nothing links a
 * marker to a paper: the count of each is all they share, and that is checked at closing.
 */
public class Ballot {

    private boolean secret;
    private List<String> voters = new ArrayList<>();
    private List<Paper> papers = new ArrayList<>();
    private List<Recusal> recusals = new ArrayList<>();
    private List<WrittenVote> writtenVotes = new ArrayList<>();

    protected Ballot() {
    }

    Ballot(boolean secret) {
        this.secret = secret;
    }

    boolean hasVoted(String member) {
        return voters.contains(member);
    }

    boolean hasRecused(String member) {
        return recusals.stream().anyMatch(r -> r.member().equals(member));
    }

    void cast(String member, Paper paper) {
        voters.add(member);
        papers.add(paper);
        papers.sort(Comparator.comparing(Paper::paperId));
    }

    void recuse(Recusal recusal) {
        recusals.add(recusal);
    }

    void written(WrittenVote vote) {
        writtenVotes.add(vote);
    }

    public boolean secret() {
        return secret;
    }

    public List<String> voters() {
        return List.copyOf(voters);
    }

    /** The papers, always in the order of their random ids: the order they were cast is never kept. */
    public List<Paper> papers() {
        return papers.stream().sorted(Comparator.comparing(Paper::paperId)).toList();
    }

    public List<Recusal> recusals() {
        return List.copyOf(recusals);
    }

    public List<WrittenVote> writtenVotes() {
        return List.copyOf(writtenVotes);
    }
}
