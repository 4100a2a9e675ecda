package vn.thidua.notification.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.eventing.EventJson;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.sms.SmsProperties;

/**
 * The sample variables of each notice kind, for previewing and checking a template: the model the
 * notice would carry for the golden sample of its event (the contracts' published example), addressed
 * to the sample's first unit. The same records the real notices use, so a template that renders here
 * renders for real.
 */
@Component
public class NoticeSamples {

    private static final Recipient SAMPLE_UNIT = new Recipient("SNNMT-VP", "Văn phòng Sở", "Trần Thị Hồng",
            "vp.snnmt@quangngai.demo.thidua.vn", "0255 3822 001", "SNNMT", "Sở Nông nghiệp và Môi trường", null, null,
            "vi", false, null, null);

    private final PortalProperties portal;
    private final SmsProperties sms;
    private final ZoneId zone;

    public NoticeSamples(PortalProperties portal, SmsProperties sms,
            @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.portal = portal;
        this.sms = sms;
        this.zone = zone;
    }

    /** The name the templates of this kind use for their model: {@code letter} or {@code notice}. */
    public static String modelName(NoticeKind kind) {
        return switch (kind) {
            case CAMPAIGN_LAUNCHED -> "letter";
            case OFFICE_DIGEST -> "digest";
            default -> "notice";
        };
    }

    /** The record the model is, whose components are the variables a template may use. */
    public static Class<?> modelType(NoticeKind kind) {
        return switch (kind) {
            case CAMPAIGN_LAUNCHED -> LaunchLetter.class;
            case AWARD_DECIDED -> DecisionNotice.class;
            case REPORT_DUE, REPORT_OVERDUE -> ReminderNotice.class;
            case OFFICE_DIGEST -> OfficeDigest.class;
        };
    }

    /** The variables of the sample, with {@code brand} (the SMS sender name) beside the model. */
    public Map<String, Object> variables(NoticeKind kind) {
        return Map.of(modelName(kind), model(kind), "brand", sms.brandName());
    }

    private Object model(NoticeKind kind) {
        Addressee addressee = Addressee.of(SAMPLE_UNIT);
        return switch (kind) {
            case CAMPAIGN_LAUNCHED -> {
                CampaignLaunched launched = sample(CampaignLaunched.class);
                yield LaunchLetter.of(launched, launched.participants().getFirst(),
                        portal.campaignPage(launched.campaignId()), zone);
            }
            case AWARD_DECIDED -> {
                AwardDecided decided = sample(AwardDecided.class);
                yield DecisionNotice.of(decided, SAMPLE_UNIT, portal.campaignPage(decided.campaignId()));
            }
            case REPORT_DUE -> {
                ReportDue due = sample(ReportDue.class);
                yield ReminderNotice.of(due, addressee, portal.campaignPage(due.campaignId()));
            }
            case REPORT_OVERDUE -> {
                ReportOverdue overdue = sample(ReportOverdue.class);
                yield ReminderNotice.of(overdue, addressee, portal.campaignPage(overdue.campaignId()));
            }
            case OFFICE_DIGEST -> {
                ReportOverdue overdue = sample(ReportOverdue.class);
                String page = portal.campaignPage(overdue.campaignId());
                yield new OfficeDigest(SAMPLE_UNIT.agencyName(), SAMPLE_UNIT.unitName(),
                        VietnameseDates.shortForm(overdue.dueDate().plusDays(overdue.daysLate())), 1,
                        java.util.List.of(new OfficeDigest.MovementLate(overdue.campaignId(), overdue.campaignTitle(), page,
                                java.util.List.of(new OfficeDigest.PeriodLate(OfficeDigest.periodName(overdue.period(),
                                        overdue.periodName()), VietnameseDates.shortForm(overdue.dueDate()),
                                        java.util.List.of(new OfficeDigest.UnitLate(overdue.unitName(),
                                                overdue.daysLate())))))),
                        portal.at("/"));
            }
        };
    }

    private static <T extends IntegrationEvent> T sample(Class<T> type) {
        String resource = EventCatalog.of(type).sampleResource();
        try (InputStream json = NoticeSamples.class.getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalStateException("The contracts' golden sample " + resource + " is not on the classpath");
            }
            return EventJson.MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
