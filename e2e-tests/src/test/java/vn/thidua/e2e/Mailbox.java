package vn.thidua.e2e;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The mail stand-in's listing: what the platform has e-mailed, per recipient. */
final class Mailbox {

    /** One received message, as the listing shows it. */
    record Mail(String id, String from, List<String> to, String subject, String text, String html) {

        static Mail of(JsonNode json) {
            List<String> to = new ArrayList<>();
            json.path("to").forEach(address -> to.add(address.asString()));
            return new Mail(json.path("id").asString(), json.path("from").asString(), to,
                    json.path("subject").asString(), json.path("text").asString(null), json.path("html").asString(null));
        }
    }

    private final Api listing;

    Mailbox(String listingUrl) {
        this.listing = new Api(listingUrl);
    }

    List<Mail> all() {
        return read("");
    }

    List<Mail> to(String address) {
        return read("?to=" + Api.encode(address));
    }

    List<Mail> to(String address, String subjectPart) {
        return to(address).stream().filter(mail -> mail.subject().contains(subjectPart)).toList();
    }

    private List<Mail> read(String query) {
        Api.Response response = listing.get(query);
        if (response.status() != 200) {
            throw new IllegalStateException("Mail listing answered " + response.status());
        }
        List<Mail> mails = new ArrayList<>();
        response.body().forEach(json -> mails.add(Mail.of(json)));
        return mails;
    }
}
