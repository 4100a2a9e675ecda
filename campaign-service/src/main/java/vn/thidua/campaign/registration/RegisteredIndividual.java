package vn.thidua.campaign.registration;

import java.util.List;

/** A person of the unit and the individual titles they register for. */
public record RegisteredIndividual(String name, List<Title> titles) {
}
