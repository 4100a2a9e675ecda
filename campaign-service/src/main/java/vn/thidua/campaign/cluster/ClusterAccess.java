package vn.thidua.campaign.cluster;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * Who may see and do what with a cluster (docs/api.md, campaign-service). The organising agency's
 * office manages it (with administrators); its leaders read it. A member's department (office,
 * leaders) and the member's own unit officers read it, and the unit officers sign the covenant and
 * score for their own unit only; the year's head unit agrees the members' scores. A published
 * ranking is public; nothing else of a cluster is.
 */
public final class ClusterAccess {

    private ClusterAccess() {
    }

    public static boolean mayManage(Actor actor, Cluster cluster) {
        return actor.has(Role.ADMIN) || actor.has(Role.OFFICE) && actor.belongsTo(cluster.organiserAgencyCode());
    }

    /** Organiser's office and leaders, administrators and reading services: the whole cluster, every score. */
    public static boolean maySeeEverything(Actor actor, Cluster cluster) {
        return actor.managesAgency(cluster.organiserAgencyCode()) || actor.hasScope(CampaignAccess.READ_SCOPE);
    }

    public static boolean maySee(Actor actor, Cluster cluster) {
        if (maySeeEverything(actor, cluster)) {
            return true;
        }
        if (actor.hasAny(Role.OFFICE, Role.LEADER) && actor.agency() != null) {
            return cluster.members().stream().anyMatch(m -> actor.agency().equals(m.agencyCode()));
        }
        return actor.has(Role.UNIT) && cluster.isMember(actor.unit());
    }

    /** Whether the caller reads this member's scores: everything-seers, the year's head unit, the member's own people. */
    public static boolean maySeeScoresOf(Actor actor, Cluster cluster, int year, ClusterMember member) {
        return maySeeEverything(actor, cluster)
                || actor.has(Role.UNIT) && cluster.isHeadOf(year, actor.unit())
                || actor.has(Role.UNIT) && member.unitId().equals(actor.unit())
                || actor.hasAny(Role.OFFICE, Role.LEADER) && member.agencyCode().equals(actor.agency());
    }

    public static void ensureVisible(Actor actor, Cluster cluster) {
        if (maySee(actor, cluster)) {
            return;
        }
        refuse(actor, "Chỉ cơ quan tổ chức, các thành viên của " + cluster.grouping().label() + " \"" + cluster.name()
                + "\" và quản trị hệ thống được xem.");
    }

    public static void ensureManages(Actor actor, Cluster cluster) {
        if (!mayManage(actor, cluster)) {
            throw DomainException.forbidden("Chỉ Văn phòng của " + cluster.organiserAgencyName()
                    + " hoặc quản trị hệ thống được quản lý " + cluster.grouping().label() + " thi đua này.");
        }
    }

    /** Creating a cluster: the organising agency's office, or an administrator. */
    public static void ensureOrganises(Actor actor, String agencyCode) {
        if (!CampaignAccess.mayManage(actor, agencyCode)) {
            throw DomainException.forbidden("Chỉ Văn phòng của cơ quan " + agencyCode
                    + " hoặc quản trị hệ thống được thành lập cụm, khối thi đua do cơ quan này tổ chức.");
        }
    }

    /** Signing the covenant, self-scoring: an officer of that very member unit. */
    public static void ensureActsForMember(Actor actor, Cluster cluster, String unitId) {
        if (actor.has(Role.UNIT) && unitId.equals(actor.unit())) {
            return;
        }
        throw DomainException.forbidden("Chỉ cán bộ của chính đơn vị " + unitId
                + " được ký giao ước và tự chấm điểm cho đơn vị của mình.");
    }

    /** Agreeing scores, closing the covenant's signing: the year's head unit, or the organiser's office. */
    public static void ensureHeadsOrManages(Actor actor, Cluster cluster, int year) {
        if (mayManage(actor, cluster) || actor.has(Role.UNIT) && cluster.isHeadOf(year, actor.unit())) {
            return;
        }
        throw DomainException.forbidden("Chỉ đơn vị trưởng " + cluster.grouping().label() + " năm " + year
                + ", Văn phòng của " + cluster.organiserAgencyName() + " hoặc quản trị hệ thống được thực hiện việc này.");
    }

    /** A ranking not yet published: whoever sees every score, and the year's head unit. */
    public static void ensureSeesDraftRanking(Actor actor, Cluster cluster, int year) {
        if (maySeeEverything(actor, cluster) || actor.has(Role.UNIT) && cluster.isHeadOf(year, actor.unit())) {
            return;
        }
        refuse(actor, "Kết quả xếp hạng năm " + year + " của " + cluster.grouping().label() + " \"" + cluster.name()
                + "\" chưa công bố.");
    }

    /** The clusters the caller sees, as a query condition; null when all. */
    public static Criteria visibleTo(Actor actor) {
        if (actor.has(Role.ADMIN) || actor.hasScope(CampaignAccess.READ_SCOPE)) {
            return null;
        }
        if (actor.hasAny(Role.OFFICE, Role.LEADER) && actor.agency() != null) {
            return new Criteria().orOperator(Criteria.where("organiserAgencyCode").is(actor.agency()),
                    Criteria.where("members.agencyCode").is(actor.agency()));
        }
        if (actor.has(Role.UNIT) && actor.unit() != null) {
            return Criteria.where("members.unitId").is(actor.unit());
        }
        return Criteria.where("_id").is(null);
    }

    private static void refuse(Actor actor, String message) {
        if (actor.isAnonymous()) {
            throw new AuthenticationCredentialsNotFoundException("A cluster needs a signed-in reader");
        }
        throw DomainException.forbidden(message);
    }
}
