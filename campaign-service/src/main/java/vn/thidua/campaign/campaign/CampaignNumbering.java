package vn.thidua.campaign.campaign;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.thidua.eventing.store.Sequences;

/**
 * Numbers movements ({@code cmp-2026-0001}) and their launch letters ({@code 12/SNNMT-VP}). Letter
 * numbers are unique per issuing agency per calendar year and restart on 1 January (Decree 30/2020).
 *
 * <p>The register of letter numbers is the movements themselves: the next number is the largest the
 * agency holds in the year plus one, and the movement takes it in the same version-guarded write that
 * launches or approves it, under a unique index on {@code letterKey}. Of two requests that read the
 * same largest number, one write wins and the other gets a duplicate key and asks again. So a request
 * that fails (a concurrent cancel, a version conflict, a crash) takes no number at all: no gaps, and
 * the unique index rules out duplicates. A counter taken before the write could do neither.
 */
@Component
public class CampaignNumbering {

    /** The launch letter is issued by the Office (Văn phòng) of the agency: symbol {@code <ABBR>-VP}. */
    static final String LETTER_ISSUER_SUFFIX = "-VP";

    private static final Logger log = LoggerFactory.getLogger(CampaignNumbering.class);
    private static final String CAMPAIGNS = "campaigns";

    private final Sequences sequences;
    private final MongoTemplate mongo;

    public CampaignNumbering(Sequences sequences, MongoTemplate mongo) {
        this.sequences = sequences;
        this.mongo = mongo;
    }

    public String nextCampaignId(Instant now) {
        int year = Campaign.numberingYear(now);
        return "cmp-%d-%04d".formatted(year, sequences.next("campaign:" + year));
    }

    /**
     * The number after the largest the agency holds in the year of {@code at}. Not reserved: it is
     * the caller's write that takes it, or finds it taken and asks again.
     */
    public LetterNumber nextLetterNumber(IssuingAgency agency, Instant at) {
        int year = Campaign.numberingYear(at);
        Query largest = new Query(Criteria.where("issuingAgency.code").is(agency.code()).and("letterYear").is(year)
                .and("letterSeq").exists(true))
                .with(Sort.by(Sort.Direction.DESC, "letterSeq")).limit(1);
        largest.fields().include("letterSeq");
        Document held = mongo.findOne(largest, Document.class, CAMPAIGNS);
        int last = held == null ? 0 : ((Number) held.get("letterSeq")).intValue();
        return LetterNumber.of(last + 1, letterSymbol(agency));
    }

    /** The symbol of the agency's launch letters, e.g. {@code SNNMT-VP}: shown alone while a letter is unnumbered. */
    public static String letterSymbol(IssuingAgency agency) {
        return agency.abbreviation() + LETTER_ISSUER_SUFFIX;
    }

    /** Whether the agency's register of that year already holds the number (whatever its symbol). */
    public boolean isTaken(IssuingAgency agency, int year, LetterNumber number) {
        return mongo.exists(new Query(Criteria.where("letterKey")
                .is(Campaign.letterKey(agency.code(), year, number.sequence()))), CAMPAIGNS);
    }

    /**
     * Movements numbered before the register was kept in {@code letterSeq}/{@code letterKey} join it
     * at start-up, so new numbers continue after theirs. Only these two derived fields are written.
     */
    @EventListener(ApplicationStartedEvent.class)
    public void registerEarlierLetters() {
        List<Document> earlier = mongo.find(new Query(Criteria.where("letterNumber").exists(true)
                .and("letterYear").exists(true).and("letterSeq").exists(false)), Document.class, CAMPAIGNS);
        for (Document campaign : earlier) {
            try {
                LetterNumber number = LetterNumber.parse(campaign.getString("letterNumber"));
                String agency = campaign.get("issuingAgency", Document.class).getString("code");
                int year = ((Number) campaign.get("letterYear")).intValue();
                mongo.updateFirst(new Query(Criteria.where("_id").is(campaign.get("_id")).and("letterSeq").exists(false)),
                        new Update().set("letterSeq", number.sequence())
                                .set("letterKey", Campaign.letterKey(agency, year, number.sequence())),
                        CAMPAIGNS);
            } catch (RuntimeException e) {
                log.warn("Movement {} keeps letter number {} outside the register: {}", campaign.get("_id"),
                        campaign.getString("letterNumber"), e.getMessage());
            }
        }
    }
}
