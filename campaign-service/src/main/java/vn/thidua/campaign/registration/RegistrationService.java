package vn.thidua.campaign.registration;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * Units register for launched movements (đăng ký thi đua); the office sees who has and who has not.
 * A unit's officer registers and sees their own unit only; the issuing department's office registers
 * on behalf of any participating unit and, with its leaders and the administrators, sees them all.
 */
@Service
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final CampaignService campaigns;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final BusinessCounters counters;
    private final Clock clock;

    public RegistrationService(RegistrationRepository registrations, CampaignService campaigns, AggregateStore store,
            EventOutbox outbox, BusinessCounters counters, Clock clock) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.store = store;
        this.outbox = outbox;
        this.counters = counters;
        this.clock = clock;
    }

    /** Stores the unit's registration with RegistrationSubmitted in its outbox; a unit registers once. */
    public Registration submit(String campaignId, RegistrationForm form, Actor actor, Who who) {
        Campaign campaign = campaigns.read(campaignId, actor);
        ensureMayRegister(actor, campaign, form.unitId());
        Registration registration = Registration.submit(campaign, form, clock.instant(), who);
        if (registrations.existsById(registration.id())) {
            throw alreadyRegistered(registration);
        }
        OutboxEvent event = outbox.record(registration.submittedEvent());
        registration.addPendingEvent(event);
        try {
            store.insert(registration, List.of(event));
        } catch (DuplicateKeyException concurrent) {
            throw alreadyRegistered(registration);
        }
        counters.count("registrations");
        return registration;
    }

    /**
     * The movement's registrations and the participating units that have not registered yet: all
     * of them for the issuing department and administrators, only their own unit for a unit's officer.
     */
    public RegistrationsView overview(String campaignId, Actor actor) {
        Campaign campaign = campaigns.read(campaignId, actor);
        Predicate<String> visibleUnit = visibleUnits(actor, campaign);
        boolean withHistory = actor.managesAgency(campaign.issuingAgency().code());
        List<Registration> registered = registrations.findByCampaignIdOrderBySubmittedAtAsc(campaignId).stream()
                .filter(registration -> visibleUnit.test(registration.unitId()))
                .toList();
        Set<String> done = registered.stream().map(Registration::unitId).collect(Collectors.toSet());
        return new RegistrationsView(campaign.id(), campaign.registrationDeadline(),
                registered.stream().map(registration -> RegistrationView.of(registration, withHistory)).toList(),
                campaign.participants().stream()
                        .filter(unit -> visibleUnit.test(unit.unitId()) && !done.contains(unit.unitId()))
                        .map(unit -> new RegistrationsView.UnitNotRegistered(unit.unitId(), unit.name()))
                        .toList());
    }

    /** Whose registrations the caller may see in this movement; refuses callers who may see none. */
    private static Predicate<String> visibleUnits(Actor actor, Campaign campaign) {
        if (actor.managesAgency(campaign.issuingAgency().code())) {
            return unitId -> true;
        }
        if (actor.has(Role.UNIT) && campaign.hasParticipant(actor.unit())) {
            return actor::isOfUnit;
        }
        throw DomainException.forbidden("Chỉ " + campaign.issuingAgency().name()
                + ", các đơn vị tham gia (đơn vị của mình) và quản trị hệ thống được xem đăng ký thi đua phong trào "
                + campaign.id() + ".");
    }

    /** A unit's officer for their own unit, the issuing agency's office for any unit, or an administrator. */
    private static void ensureMayRegister(Actor actor, Campaign campaign, String unitId) {
        if (CampaignAccess.mayManage(actor, campaign.issuingAgency().code())
                || actor.has(Role.UNIT) && actor.isOfUnit(unitId)) {
            return;
        }
        if (actor.has(Role.UNIT)) {
            throw DomainException.forbidden("Bạn chỉ được đăng ký thi đua cho đơn vị của mình"
                    + (actor.unit() == null ? "." : " (" + actor.unit() + "), không cho đơn vị " + unitId + "."));
        }
        throw DomainException.forbidden("Chỉ đơn vị tham gia, Văn phòng " + campaign.issuingAgency().name()
                + " hoặc quản trị hệ thống được đăng ký thi đua phong trào " + campaign.id() + ".");
    }

    private static DomainException alreadyRegistered(Registration registration) {
        return DomainException.conflict("already-registered", "Đơn vị " + registration.unitName() + " ("
                + registration.unitId() + ") đã đăng ký thi đua phong trào " + registration.campaignId() + ".");
    }
}
