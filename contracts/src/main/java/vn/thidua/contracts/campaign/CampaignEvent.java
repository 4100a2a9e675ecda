package vn.thidua.contracts.campaign;

import vn.thidua.contracts.IntegrationEvent;

/**
 * Events on {@code thidua.campaign.events}: about a movement ({@link MovementEvent}, keyed by campaign
 * id), about a unit of the directory ({@link DirectoryEvent}, keyed by unit id) or about an emulation
 * cluster ({@link ClusterEvent}, keyed by cluster id).
 */
public sealed interface CampaignEvent extends IntegrationEvent permits MovementEvent, DirectoryEvent,
        ClusterEvent {
}
