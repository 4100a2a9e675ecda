package vn.thidua.campaign.cluster;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads clusters; writes go through the AggregateStore (the document carries an outbox). */
public interface ClusterRepository extends MongoRepository<Cluster, String> {
}
