package vn.thidua.eventing.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * Reads the audit trails kept in a service's aggregates, newest first: ADMIN sees every change,
 * OFFICE staff the changes to their own department's aggregates. Read-only by construction: the
 * trails are written only with the changes they record.
 */
public class AuditLog {

    /** One audited change and the aggregate it changed. */
    public record Change(String aggregateType, String aggregateId, AuditEntry entry) {
    }

    /**
     * What to look for; every field is optional.
     *
     * @param limit at most this many changes (1–500, default 100)
     */
    public record Query(String aggregateType, String aggregateId, String actor, String action, Instant from, Instant to,
            Integer limit) {

        int effectiveLimit() {
            return limit == null ? 100 : Math.max(1, Math.min(limit, 500));
        }
    }

    private final MongoTemplate mongo;
    private final List<AuditedCollection> collections;

    public AuditLog(MongoTemplate mongo, List<AuditedCollection> collections) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
    }

    public List<Change> find(Query query, Actor actor) {
        if (!actor.hasAny(Role.ADMIN, Role.OFFICE)) {
            throw DomainException.forbidden("Chỉ Văn phòng và quản trị hệ thống được xem nhật ký thay đổi.");
        }
        int limit = query.effectiveLimit();
        List<Change> changes = new ArrayList<>();
        for (AuditedCollection collection : collections) {
            if (query.aggregateType() != null && !query.aggregateType().equals(collection.aggregateType())) {
                continue;
            }
            if (!actor.has(Role.ADMIN) && collection.agencyField() == null) {
                continue;
            }
            for (Document row : mongo.getCollection(collection.collection()).aggregate(pipeline(collection, query, actor, limit))) {
                Document entry = row.get("entry", Document.class);
                changes.add(new Change(collection.aggregateType(), String.valueOf(row.get("_id")),
                        mongo.getConverter().read(AuditEntry.class, entry)));
            }
        }
        return changes.stream()
                .sorted(Comparator.comparing((Change change) -> change.entry().at(), Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit)
                .toList();
    }

    private static List<Document> pipeline(AuditedCollection collection, Query query, Actor actor, int limit) {
        // Each condition separately under $and: the agency field may be _id itself (agencies).
        List<Document> ownerConditions = new ArrayList<>();
        if (query.aggregateId() != null) {
            ownerConditions.add(new Document("_id", query.aggregateId()));
        }
        if (!actor.has(Role.ADMIN)) {
            ownerConditions.add(new Document(collection.agencyField(), actor.agency()));
        }
        Document owner = ownerConditions.isEmpty() ? new Document() : new Document("$and", ownerConditions);
        Document entry = new Document();
        if (query.actor() != null) {
            entry.append("entry.actor", query.actor());
        }
        if (query.action() != null) {
            entry.append("entry.action", query.action());
        }
        Document at = new Document();
        if (query.from() != null) {
            at.append("$gte", java.util.Date.from(query.from()));
        }
        if (query.to() != null) {
            at.append("$lt", java.util.Date.from(query.to()));
        }
        if (!at.isEmpty()) {
            entry.append("entry.at", at);
        }
        List<Document> stages = new ArrayList<>();
        stages.add(new Document("$match", owner));
        stages.add(new Document("$project", new Document("entry", "$" + collection.trailField())));
        stages.add(new Document("$unwind", "$entry"));
        stages.add(new Document("$match", entry));
        stages.add(new Document("$sort", new Document("entry.at", -1)));
        stages.add(new Document("$limit", limit));
        return stages;
    }
}
