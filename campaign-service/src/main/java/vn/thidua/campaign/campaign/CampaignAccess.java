package vn.thidua.campaign.campaign;

import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * Which movements a caller may see and manage (docs/api.md, campaign-service). Published movements
 * (launched or closed) and their letters are public. Drafts and cancelled movements belong to the
 * issuing department: its office and leaders and the administrators see them, and service clients
 * holding {@value #READ_SCOPE}; nobody else learns of them, in lists or by id. Only the issuing
 * department's office (or an administrator) changes a movement.
 */
public final class CampaignAccess {

    /** The scope of service clients that read every movement. */
    public static final String READ_SCOPE = "campaign.read";

    private static final List<CampaignStatus> PUBLISHED = List.of(CampaignStatus.LAUNCHED, CampaignStatus.CLOSED);

    private CampaignAccess() {
    }

    public static boolean maySee(Actor actor, Campaign campaign) {
        return campaign.isPublished() || actor.hasScope(READ_SCOPE)
                || actor.managesAgency(campaign.issuingAgency().code());
    }

    /** Whether the caller sees the movement's audit trail: administrators and the issuing department's office and leaders. */
    public static boolean maySeeHistory(Actor actor, Campaign campaign) {
        return actor.managesAgency(campaign.issuingAgency().code());
    }

    /**
     * Refuses an unpublished movement to whoever may not see it: 401 without a token (signing in
     * may help), 403 otherwise.
     */
    public static void ensureVisible(Actor actor, Campaign campaign) {
        if (maySee(actor, campaign)) {
            return;
        }
        if (actor.isAnonymous()) {
            throw new AuthenticationCredentialsNotFoundException("An unpublished movement needs a signed-in reader");
        }
        throw DomainException.forbidden("Phong trào " + campaign.id() + " chưa được công bố; chỉ "
                + campaign.issuingAgency().name() + " và quản trị hệ thống được xem.");
    }

    /** The movements the caller may see, as a query condition; null when they see them all. */
    public static Criteria visibleTo(Actor actor) {
        if (actor.has(Role.ADMIN) || actor.hasScope(READ_SCOPE)) {
            return null;
        }
        Criteria published = Criteria.where("status").in(PUBLISHED);
        if (actor.hasAny(Role.OFFICE, Role.LEADER) && actor.agency() != null) {
            return new Criteria().orOperator(published, Criteria.where("issuingAgency.code").is(actor.agency()));
        }
        return published;
    }

    /** Drafting, launching, cancelling, closing: the office of the issuing agency, or an administrator. */
    public static void ensureManages(Actor actor, String agencyCode) {
        if (mayManage(actor, agencyCode)) {
            return;
        }
        throw DomainException.forbidden("Chỉ Văn phòng của cơ quan " + agencyCode
                + " hoặc quản trị hệ thống được soạn, triển khai, phát động, hủy hoặc kết thúc phong trào của cơ quan này.");
    }

    /** Approving and signing the launch letter: a leader of the issuing agency, or an administrator. */
    public static void ensureApproves(Actor actor, String agencyCode) {
        if (actor.has(Role.ADMIN) || actor.has(Role.LEADER) && actor.belongsTo(agencyCode)) {
            return;
        }
        throw DomainException.forbidden("Chỉ lãnh đạo của cơ quan " + agencyCode
                + " hoặc quản trị hệ thống được phê duyệt và ký công văn phát động của cơ quan này.");
    }

    public static boolean mayManage(Actor actor, String agencyCode) {
        return actor.has(Role.ADMIN) || actor.has(Role.OFFICE) && actor.belongsTo(agencyCode);
    }
}
