package vn.thidua.campaign.cluster;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the cluster endpoints, checked at the edge. */
public final class ClusterRequests {

    private ClusterRequests() {
    }

    public record CreateCluster(@NotBlank @Size(max = 300) String name, Grouping grouping,
            @Size(max = 2000) String description, @NotBlank String organiserAgencyCode,
            @NotEmpty List<@NotBlank String> memberUnitCodes) {
    }

    public record ChangeMembers(@NotEmpty List<@NotBlank String> memberUnitCodes) {
    }

    public record OpenYear(@NotNull @Min(2000) @Max(2100) Integer year, String headUnitId, String deputyUnitId) {
    }

    public record SetCovenant(@NotEmpty List<@Valid CommitmentItem> commitments) {

        List<Commitment> toCommitments() {
            return commitments.stream().map(c -> new Commitment(c.number(), c.text())).toList();
        }
    }

    public record CommitmentItem(@NotNull Integer number, @NotBlank @Size(max = 2000) String text) {
    }

    public record SignCovenant(@NotBlank String unitId, @NotBlank @Size(max = 200) String signerName,
            @Size(max = 200) String signerTitle) {
    }

    public record SetScoringTable(@NotEmpty List<@Valid CriterionItem> criteria) {

        List<Criterion> toCriteria() {
            return criteria.stream().map(c -> new Criterion(c.code(), c.group(), c.text(), c.maxPoints(), c.kind()))
                    .toList();
        }
    }

    public record CriterionItem(@NotBlank @Size(max = 30) String code, @Size(max = 300) String group,
            @NotBlank @Size(max = 1000) String text, @NotNull BigDecimal maxPoints, CriterionKind kind) {
    }

    public record Scores(@NotNull List<@Valid ScoreItem> scores) {

        List<CriterionScore> toScores() {
            return scores.stream().map(s -> new CriterionScore(s.criterion(), s.points())).toList();
        }
    }

    public record ScoreItem(@NotBlank String criterion, @NotNull BigDecimal points) {
    }

    public record PublishRanking(@Min(0) Integer proposedCount) {
    }
}
