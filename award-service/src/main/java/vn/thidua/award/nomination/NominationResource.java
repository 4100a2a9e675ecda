package vn.thidua.award.nomination;

/**
 * A nomination as the API answers it: the whole dossier to those who may read it, the published
 * decision to everyone else.
 */
public sealed interface NominationResource permits NominationView, PublishedNomination {
}
