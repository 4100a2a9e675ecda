package vn.thidua.notification.recipient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.notification.mail.MailComposer;

/** The recipients notification-service knows, kept from the participants of launched movements. */
@Service
public class RecipientDirectory {

    private final MongoTemplate mongo;

    public RecipientDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Upserts every participant. Idempotent by nature (the same event sets the same values), and
     * guarded by {@code contactAsOf} so a stale launch replayed late leaves newer contacts alone.
     */
    public void remember(CampaignLaunched launched, Instant asOf) {
        for (CampaignLaunched.Participant participant : launched.participants()) {
            Query notNewer = new Query(Criteria.where("_id").is(participant.unitId()).orOperator(
                    Criteria.where("contactAsOf").exists(false), Criteria.where("contactAsOf").lte(asOf)));
            Update contact = new Update()
                    .set("unitName", participant.name())
                    .set("headName", participant.headName())
                    .set("email", participant.email())
                    .set("phone", participant.phone())
                    .set("contactAsOf", asOf)
                    .setOnInsert("preferredLanguage", MailComposer.DEFAULT_LANGUAGE);
            try {
                mongo.upsert(notNewer, contact, Recipient.class);
            } catch (DuplicateKeyException newerContactKept) {
                // The unit exists with details newer than this launch: nothing to change.
            }
        }
    }

    public Optional<Recipient> find(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, Recipient.class));
    }

    public List<Recipient> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Recipient.class);
    }
}
