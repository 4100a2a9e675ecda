package vn.thidua.contracts.campaign;

/** A campaign-topic event about one unit of the directory: keyed by the unit id, so its changes stay in order. */
public sealed interface DirectoryEvent extends CampaignEvent permits UnitRegistered, UnitChanged {

    String unitId();

    @Override
    default String aggregateId() {
        return unitId();
    }
}
