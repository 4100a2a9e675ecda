package vn.thidua.campaign.registration;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/** Units register for launched movements (đăng ký thi đua); the office sees who has and who has not. */
@Service
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final CampaignService campaigns;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final Clock clock;

    public RegistrationService(RegistrationRepository registrations, CampaignService campaigns, AggregateStore store,
            EventOutbox outbox, Clock clock) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores the unit's registration with RegistrationSubmitted in its outbox; a unit registers once. */
    public Registration submit(String campaignId, RegistrationForm form, String actor) {
        Campaign campaign = campaigns.get(campaignId);
        Registration registration = Registration.submit(campaign, form, clock.instant(), actor);
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
        return registration;
    }

    /** The movement's registrations and the participating units that have not registered yet. */
    public RegistrationsView overview(String campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        List<Registration> registered = registrations.findByCampaignIdOrderBySubmittedAtAsc(campaignId);
        Set<String> done = registered.stream().map(Registration::unitId).collect(Collectors.toSet());
        return new RegistrationsView(campaign.id(), campaign.registrationDeadline(),
                registered.stream().map(RegistrationView::of).toList(),
                campaign.participants().stream()
                        .filter(unit -> !done.contains(unit.unitId()))
                        .map(unit -> new RegistrationsView.UnitNotRegistered(unit.unitId(), unit.name()))
                        .toList());
    }

    private static DomainException alreadyRegistered(Registration registration) {
        return DomainException.conflict("already-registered", "Đơn vị " + registration.unitName() + " ("
                + registration.unitId() + ") đã đăng ký thi đua phong trào " + registration.campaignId() + ".");
    }
}
