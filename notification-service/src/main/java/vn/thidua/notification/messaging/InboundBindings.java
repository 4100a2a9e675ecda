package vn.thidua.notification.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.DisclosureOpened;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.lateunit.LateUnits;
import vn.thidua.notification.movement.Movements;
import vn.thidua.notification.news.NewsDesk;
import vn.thidua.notification.notice.DecisionNotices;
import vn.thidua.notification.notice.LaunchNotices;
import vn.thidua.notification.notice.ReminderNotices;
import vn.thidua.notification.recipient.RecipientDirectory;

/**
 * The consumer bindings ({@code spring.cloud.function.definition}). Unknown types are skipped by the
 * reader; unreadable ones go to the dead-letter topic; a notice that cannot be completed yet throws,
 * and the binder retries with backoff.
 */
@Configuration(proxyBeanMethods = false)
class InboundBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventReader reader, Movements movements, LaunchNotices launches,
            RecipientDirectory directory, NewsDesk news, Clock clock) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case CampaignLaunched launched -> {
                    // Its issuing agency first: the letters' delivery entries and the chase list belong to it.
                    movements.launched(launched);
                    // The public post next: it must not wait for every letter to be emailed.
                    news.launched(inbound, launched);
                    launches.on(inbound, launched);
                }
                case UnitRegistered unit -> directory.registered(unit, inbound.id(), inbound.type(), timeOf(inbound, clock));
                case UnitChanged unit -> directory.changed(unit, inbound.id(), inbound.type(), timeOf(inbound, clock));
                default -> {
                    // Other movement events call for no notification yet.
                }
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> reportingEvents(EventReader reader, ReminderNotices reminders, LateUnits lateUnits) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case ReportDue due -> reminders.due(inbound, due);
                case ReportOverdue overdue -> {
                    // The chase list first: it must not wait for the unit's email to go out.
                    lateUnits.overdue(overdue, inbound.id());
                    reminders.overdue(inbound, overdue);
                }
                case ReportSubmitted submitted -> lateUnits.submitted(submitted);
                default -> {
                    // Nothing else on the reporting topic concerns notifications.
                }
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> awardEvents(EventReader reader, DecisionNotices decisions, NewsDesk news) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case AwardDecided decided -> {
                    news.decided(inbound, decided);
                    decisions.on(inbound, decided);
                }
                case DisclosureOpened disclosure -> news.disclosed(inbound, disclosure);
                case AwardRevoked revoked -> news.revoked(inbound, revoked);
                default -> {
                    // Nominations are not announced; returned dossiers and council results are not notified yet.
                }
            }
        });
    }

    /** When a directory event happened (its ce_time), which orders a unit's descriptions. */
    private static Instant timeOf(InboundEvent inbound, Clock clock) {
        return inbound.time() != null ? inbound.time() : clock.instant();
    }
}
