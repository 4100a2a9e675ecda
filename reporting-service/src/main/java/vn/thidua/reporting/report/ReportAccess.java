package vn.thidua.reporting.report;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.directory.UnitDirectory;

/**
 * Who may do what with which unit reports (DOMAIN.md "Who uses the platform"). The endpoint rules
 * ({@link vn.thidua.reporting.config.AccessPolicy}) let only the right roles in; these checks decide
 * on the rows: a unit's officers act on their own unit's reports, the office of the department that
 * issued the movement reviews them, its leaders read them, ADMIN does everything. A single row
 * another user may not see is refused (403); a list is cut down to the rows the user may see.
 */
@Component
public class ReportAccess {

    /** The scope of service clients that read reporting figures. */
    public static final String READ_SCOPE = "reporting.read";

    private final UnitDirectory directory;

    public ReportAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /** Submitting: the unit's own officers (or ADMIN). */
    public void requireSubmitter(Actor actor, String unitId) {
        if (!actor.has(Role.ADMIN) && !isOfficerOf(actor, unitId)) {
            throw DomainException.forbidden("Chỉ cán bộ của đơn vị " + unitId + " được nộp báo cáo của đơn vị.");
        }
    }

    /** Returning or accepting: the office of the department that issued the movement (or ADMIN). */
    public void requireReviewer(Actor actor, UnitReport report) {
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.OFFICE) && issuedBy(actor, report))) {
            throw DomainException.forbidden("Chỉ Văn phòng của cơ quan phát động phong trào được trả lại hoặc chấp "
                    + "nhận báo cáo của " + report.unitName() + ".");
        }
    }

    /**
     * A report's evidence files (adding, listing, downloading, removing): the report's unit officers,
     * the office and leaders of the department that issued the movement, ADMIN.
     */
    public void requireEvidenceHandler(Actor actor, UnitReport report) {
        if (!mayRead(actor, report)) {
            throw DomainException.forbidden("Chỉ cán bộ của " + report.unitName() + ", Văn phòng và lãnh đạo cơ quan "
                    + "phát động phong trào được xem và cập nhật minh chứng của báo cáo.");
        }
    }

    /** Reading a report before loading it: another unit's officer is refused whatever exists. */
    public void requireMayAskFor(Actor actor, String unitId) {
        if (!actor.hasAny(Role.ADMIN, Role.OFFICE, Role.LEADER) && !isOfficerOf(actor, unitId)) {
            throw forbiddenReport(unitId);
        }
    }

    /** Reading one report: its unit's officers, the issuing department's office and leaders, ADMIN. */
    public void requireReader(Actor actor, UnitReport report) {
        if (!mayRead(actor, report)) {
            throw forbiddenReport(report.unitName());
        }
    }

    /**
     * A movement's reports as this user may list them: all of them for ADMIN and the issuing
     * department's office and leaders; a unit officer's own unit's only; anyone else is refused.
     */
    public List<UnitReport> listable(Actor actor, List<UnitReport> reports) {
        if (reports.isEmpty() || managesIssuer(actor, reports)) {
            return reports;
        }
        if (actor.has(Role.UNIT)) {
            return reports.stream().filter(report -> isOfficerOf(actor, report.unitId())).toList();
        }
        throw DomainException.forbidden("Chỉ Văn phòng và lãnh đạo cơ quan phát động phong trào được xem báo cáo của "
                + "mọi đơn vị.");
    }

    /** One unit's reports across movements: its own officers, its department's office and leaders, ADMIN. */
    public void requireUnitReader(Actor actor, String unitId) {
        if (actor.has(Role.ADMIN) || isOfficerOf(actor, unitId)) {
            return;
        }
        boolean ownDepartment = actor.hasAny(Role.OFFICE, Role.LEADER)
                && directory.agencyOf(unitId).map(actor::belongsTo).orElse(false);
        if (!ownDepartment) {
            throw DomainException.forbidden("Chỉ cán bộ của đơn vị " + unitId + ", Văn phòng và lãnh đạo cơ quan quản lý "
                    + "đơn vị được xem các báo cáo của đơn vị.");
        }
    }

    /** A movement's reporting progress: ADMIN, the issuing department's office and leaders, reporting clients. */
    public void requireProgressReader(Actor actor, List<UnitReport> reports) {
        if (!managesIssuer(actor, reports) && !isReportingClient(actor)) {
            throw DomainException.forbidden("Chỉ Văn phòng và lãnh đạo cơ quan phát động phong trào được xem tiến độ "
                    + "nộp báo cáo.");
        }
    }

    /**
     * An aggregate report (of a movement, or of a department's year): ADMIN, and the office and
     * leaders of the agency it belongs to (the issuing department, or the department asked for).
     */
    public void requireAggregateReader(Actor actor, String agencyCode) {
        if (!actor.has(Role.ADMIN) && (agencyCode == null || !actor.managesAgency(agencyCode))) {
            throw DomainException.forbidden("Chỉ Văn phòng và lãnh đạo của cơ quan " + (agencyCode == null ? ""
                    : agencyCode + " ") + "được xem báo cáo tổng hợp.");
        }
    }

    /**
     * A movement's deadlines as this user may see them: every unit's for ADMIN and the issuing
     * department's office, leaders and council; a participating unit's officers see their own unit's.
     */
    public List<UnitReport> deadlinesVisible(Actor actor, List<UnitReport> reports) {
        String issuer = issuerOf(reports);
        if (managesIssuer(actor, reports) || actor.has(Role.COUNCIL) && issuer != null && actor.belongsTo(issuer)) {
            return reports;
        }
        List<UnitReport> own = actor.has(Role.UNIT)
                ? reports.stream().filter(report -> isOfficerOf(actor, report.unitId())).toList()
                : List.of();
        if (own.isEmpty()) {
            throw DomainException.forbidden("Chỉ các đơn vị tham gia và cơ quan phát động phong trào được xem hạn nộp "
                    + "báo cáo.");
        }
        return own;
    }

    private boolean mayRead(Actor actor, UnitReport report) {
        return actor.has(Role.ADMIN) || isOfficerOf(actor, report.unitId())
                || actor.hasAny(Role.OFFICE, Role.LEADER) && issuedBy(actor, report);
    }

    /** ADMIN, or OFFICE/LEADER of the department that issued the movement these reports belong to. */
    private static boolean managesIssuer(Actor actor, List<UnitReport> reports) {
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        String issuer = issuerOf(reports);
        return issuer != null && actor.managesAgency(issuer);
    }

    /** The issuing agency of the movement these reports belong to; null if none of them knows it. */
    private static String issuerOf(List<UnitReport> reports) {
        return reports.stream().map(UnitReport::issuingAgencyCode).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean issuedBy(Actor actor, UnitReport report) {
        return report.issuingAgencyCode() != null && actor.belongsTo(report.issuingAgencyCode());
    }

    private static boolean isOfficerOf(Actor actor, String unitId) {
        return actor.has(Role.UNIT) && actor.isOfUnit(unitId);
    }

    /** A client-credentials token (no roles) granted the reporting read scope. */
    private static boolean isReportingClient(Actor actor) {
        return actor.roles().isEmpty() && actor.hasScope(READ_SCOPE);
    }

    private static DomainException forbiddenReport(String unit) {
        return DomainException.forbidden("Bạn không có quyền xem báo cáo của " + unit + ".");
    }
}
