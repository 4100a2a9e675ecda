package vn.thidua.contracts.award;

import vn.thidua.contracts.IntegrationEvent;

/**
 * Events on {@code thidua.award.events} about the steps between a nomination and its decision, and
 * after it: appraisal, disclosure, the council's session, revocation, honours forwarded upward and
 * their outcome. Kept apart from {@link AwardEvent} because consumers switch exhaustively over that
 * interface's two types; consumers of these switch with a default (and skip what they do not need).
 */
public sealed interface AwardStepEvent extends IntegrationEvent
        permits NominationReturned, NominationAccepted, CouncilSessionClosed, AwardRevoked, DisclosureOpened,
        AwardForwarded, AwardOutcomeRecorded {
}
