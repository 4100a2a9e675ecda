package vn.thidua.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.lateunit.LateUnit;
import vn.thidua.notification.lateunit.LateUnits;
import vn.thidua.notification.movement.Movement;
import vn.thidua.notification.movement.Movements;
import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.notice.NoticeSender;
import vn.thidua.notification.notice.OfficeDigest;
import vn.thidua.notification.notice.VietnameseDates;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.recipient.RecipientDirectory;

/**
 * The day's digest to each department's office: the reports of its movements still missing, per movement
 * and period, as its inbox message and email. Once per office and day: a digest is sent only while the
 * day's {@link OfficeDigestRun} is not there, and its email job's key (digest id + channel + address)
 * would refuse a second one anyway. An office without late units gets nothing; one the directory does
 * not know yet is tried again on the next round.
 */
@Service
public class OfficeDigests {

    static final String TYPE = "thidua.OfficeDigest";
    private static final Logger log = LoggerFactory.getLogger(OfficeDigests.class);

    private final MongoTemplate mongo;
    private final LateUnits lateUnits;
    private final Movements movements;
    private final RecipientDirectory recipients;
    private final NoticeSender sender;
    private final PortalProperties portal;
    private final DigestProperties properties;

    public OfficeDigests(MongoTemplate mongo, LateUnits lateUnits, Movements movements, RecipientDirectory recipients,
            NoticeSender sender, PortalProperties portal, DigestProperties properties) {
        this.mongo = mongo;
        this.lateUnits = lateUnits;
        this.movements = movements;
        this.recipients = recipients;
        this.sender = sender;
        this.portal = portal;
        this.properties = properties;
    }

    /** Sends the day's digests not sent yet; returns how many went now. */
    public int send(LocalDate day, Instant at) {
        Map<String, List<LateUnit>> byAgency = new LinkedHashMap<>();
        Map<String, Movement> byCampaign = new LinkedHashMap<>();
        for (LateUnit late : lateUnits.stillMissing()) {
            Optional<Movement> movement = Optional.ofNullable(byCampaign.get(late.campaignId()))
                    .or(() -> movements.find(late.campaignId()));
            movement.ifPresent(m -> {
                byCampaign.put(m.campaignId(), m);
                if (m.issuingAgencyCode() != null) {
                    byAgency.computeIfAbsent(m.issuingAgencyCode(), agency -> new ArrayList<>()).add(late);
                }
            });
        }
        int sent = 0;
        for (Map.Entry<String, List<LateUnit>> agency : byAgency.entrySet()) {
            String runId = OfficeDigestRun.idOf(agency.getKey(), day);
            if (mongo.findById(runId, OfficeDigestRun.class) != null) {
                continue;
            }
            String officeUnit = agency.getKey() + properties.officeUnitSuffix();
            Optional<Recipient> office = recipients.find(officeUnit);
            if (office.isEmpty()) {
                log.warn("No office {} in the directory for the digest of {} ({} late reports)", officeUnit,
                        agency.getKey(), agency.getValue().size());
                continue;
            }
            OfficeDigest digest = digestOf(office.get(), agency.getValue(), byCampaign, day);
            InboundEvent occasion = new InboundEvent("digest:" + runId, TYPE, "/thidua/notification-service",
                    agency.getKey(), at, null);
            sender.sendTo(NoticeKind.OFFICE_DIGEST, occasion, office.get(), "digest", digest);
            try {
                mongo.insert(new OfficeDigestRun(runId, agency.getKey(), day, officeUnit, digest.totalUnits(), at));
                sent++;
            } catch (DuplicateKeyException sentByAnother) {
                log.debug("Digest {} recorded by another replica", runId);
            }
        }
        return sent;
    }

    private OfficeDigest digestOf(Recipient office, List<LateUnit> late, Map<String, Movement> movementsById,
            LocalDate day) {
        Map<String, Map<String, List<LateUnit>>> byMovementAndPeriod = new LinkedHashMap<>();
        for (LateUnit unit : late) {
            String period = OfficeDigest.periodName(unit.period(), unit.periodName()) + "|" + unit.dueDate();
            byMovementAndPeriod.computeIfAbsent(unit.campaignId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(period, p -> new ArrayList<>()).add(unit);
        }
        List<OfficeDigest.MovementLate> list = new ArrayList<>();
        byMovementAndPeriod.forEach((campaignId, periods) -> {
            List<OfficeDigest.PeriodLate> periodList = new ArrayList<>();
            periods.forEach((key, units) -> {
                LateUnit first = units.getFirst();
                List<OfficeDigest.UnitLate> unitList = units.stream()
                        .map(u -> new OfficeDigest.UnitLate(u.unitName(),
                                Math.max(1, ChronoUnit.DAYS.between(u.dueDate(), day))))
                        .sorted(Comparator.comparingLong(OfficeDigest.UnitLate::daysLate).reversed()
                                .thenComparing(OfficeDigest.UnitLate::unitName))
                        .toList();
                periodList.add(new OfficeDigest.PeriodLate(OfficeDigest.periodName(first.period(), first.periodName()),
                        VietnameseDates.shortForm(first.dueDate()), unitList));
            });
            Movement movement = movementsById.get(campaignId);
            String title = movement != null && movement.title() != null ? movement.title()
                    : late.stream().filter(u -> u.campaignId().equals(campaignId)).findFirst()
                            .map(LateUnit::campaignTitle).orElse(campaignId);
            list.add(new OfficeDigest.MovementLate(campaignId, title, portal.campaignPage(campaignId), periodList));
        });
        return new OfficeDigest(office.agencyName(), office.unitName(), VietnameseDates.shortForm(day), late.size(),
                list, portal.at("/"));
    }
}
