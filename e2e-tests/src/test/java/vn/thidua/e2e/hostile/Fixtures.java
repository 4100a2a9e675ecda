package vn.thidua.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The real resources hostile requests aim at, so that ownership checks are reached and not only the 404 of an
 * unknown id: the seeded department's code, a launched movement of it, one of its units, and the private resources
 * (a draft movement, a unit's draft nomination...) that other units and departments must never see.
 */
public final class Fixtures implements RequestArbitraries.FixtureIds {

    /**
     * The agency code the directory's commands (upsert, import) are aimed at: an administrator's valid hostile upsert
     * must not rewrite the seeded department the other end-to-end scenarios run in.
     */
    public static final String SCRATCH_AGENCY = "HZ-KIEM-THU";

    private final String agencyCode;
    private final List<String> unitCodes;
    private final String unitId;
    private final String launchedCampaignId;
    private final List<PrivateResource> privateResources = new ArrayList<>();
    private final Function<String, PrivateResource> makeFresh;

    /**
     * @param makeFresh makes a fresh private resource of a kind, to replace one a command may have published (null when
     *        none can be made: that kind is then no longer checked, which the summary shows)
     */
    public Fixtures(String agencyCode, List<String> unitCodes, String unitId, String launchedCampaignId,
            List<PrivateResource> privateResources, Function<String, PrivateResource> makeFresh) {
        this.agencyCode = agencyCode;
        this.unitCodes = List.copyOf(unitCodes);
        this.unitId = unitId;
        this.launchedCampaignId = launchedCampaignId;
        this.privateResources.addAll(privateResources);
        this.makeFresh = makeFresh;
    }

    public synchronized List<PrivateResource> privateResources() {
        return List.copyOf(privateResources);
    }

    /** The resource may no longer be private: checks stop, and a fresh one of its kind takes its place. */
    public synchronized void replace(PrivateResource resource) {
        if (privateResources.remove(resource)) {
            PrivateResource fresh = makeFresh.apply(resource.kind());
            if (fresh != null) {
                privateResources.add(fresh);
            }
        }
    }

    @Override
    public synchronized List<String> idsFor(String name, String pathTemplate) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> ids = new ArrayList<>();
        if (lower.equals("campaignid") || lower.equals("parentid") || (lower.equals("id") && pathTemplate.startsWith("/api/campaigns/{id}"))) {
            ids.add(launchedCampaignId);
            ids.addAll(idsOf("draft-campaign"));
        } else if (lower.equals("nominationid") || (lower.equals("id") && pathTemplate.startsWith("/api/nominations/{id}"))) {
            ids.addAll(idsOf("draft-nomination"));
        } else if (lower.equals("unitid")) {
            ids.add(unitId);
        } else if (lower.contains("unitcode")) {
            ids.addAll(unitCodes);
        } else if (lower.equals("code") && pathTemplate.startsWith("/api/agencies/")) {
            ids.add(SCRATCH_AGENCY);
        } else if (lower.equals("code") || lower.equals("agency") || lower.contains("agencycode")) {
            ids.add(agencyCode);
        } else if (lower.equals("year")) {
            ids.add("2026");
        }
        return ids;
    }

    private List<String> idsOf(String kind) {
        return privateResources.stream().filter(resource -> resource.kind().equals(kind)).map(PrivateResource::id).toList();
    }
}
