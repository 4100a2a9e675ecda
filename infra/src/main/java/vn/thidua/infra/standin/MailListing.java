package vn.thidua.infra.standin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads what GreenMail received. GreenMail files a copy of a message in the inbox of each
 * recipient; the listing folds those copies back into one entry per message (same Message-ID)
 * whose {@code to} lists every mailbox it reached.
 */
final class MailListing {

    private final GreenMail greenMail;

    MailListing(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** All messages, oldest first. */
    List<ReceivedMail> all() throws FolderException, MessagingException, IOException {
        Map<String, Copies> byMessageId = new LinkedHashMap<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
            for (StoredMessage stored : inbox.getMessages()) {
                MimeMessage message = stored.getMimeMessage();
                String key = message.getMessageID() != null
                        ? message.getMessageID()
                        : user.getEmail() + "#" + stored.getUid();
                byMessageId.computeIfAbsent(key, ignored -> new Copies(key, stored))
                        .recipients.add(user.getEmail());
            }
        }
        List<ReceivedMail> result = new ArrayList<>();
        for (Copies copies : byMessageId.values()) {
            result.add(copies.toReceivedMail());
        }
        result.sort(Comparator.comparing(ReceivedMail::receivedAt).thenComparing(ReceivedMail::id));
        return result;
    }

    /** How many copies were delivered to mailboxes whose address ends with {@code suffix}, and how many such mailboxes got any. */
    MailCounts count(String suffix) throws FolderException {
        long copies = 0;
        long mailboxes = 0;
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            if (!user.getEmail().toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int received = greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
            copies += received;
            mailboxes += received > 0 ? 1 : 0;
        }
        return new MailCounts(copies, mailboxes);
    }

    /** Delivered copies, and the mailboxes that received at least one: equal when nobody got a message twice. */
    record MailCounts(long copies, long mailboxes) {
    }

    void deleteAll() throws FolderException {
        greenMail.purgeEmailFromAllMailboxes();
    }

    private static final class Copies {
        private final String key;
        private final StoredMessage first;
        private final List<String> recipients = new ArrayList<>();

        Copies(String key, StoredMessage first) {
            this.key = key;
            this.first = first;
        }

        ReceivedMail toReceivedMail() throws MessagingException, IOException {
            MimeMessage message = first.getMimeMessage();
            MimeBodies bodies = MimeBodies.of(message);
            return new ReceivedMail(
                    UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(),
                    firstAddress(message.getFrom()),
                    orderedLikeHeaders(message, recipients),
                    message.getSubject(),
                    bodies.text(),
                    bodies.html(),
                    receivedAt(first));
        }

        private static Instant receivedAt(StoredMessage stored) {
            return stored.getReceivedDate() == null ? Instant.EPOCH : stored.getReceivedDate().toInstant();
        }

        private static String firstAddress(Address[] addresses) {
            if (addresses == null || addresses.length == 0) {
                return null;
            }
            return addresses[0] instanceof InternetAddress internet ? internet.getAddress() : addresses[0].toString();
        }

        /** Envelope recipients in the order the To/Cc headers name them, Bcc ones last. */
        private static List<String> orderedLikeHeaders(MimeMessage message, List<String> delivered)
                throws MessagingException {
            List<String> ordered = new ArrayList<>();
            Address[] headerRecipients = message.getAllRecipients();
            if (headerRecipients != null) {
                for (Address address : headerRecipients) {
                    String email = address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
                    delivered.stream()
                            .filter(candidate -> candidate.equalsIgnoreCase(email) && !ordered.contains(candidate))
                            .findFirst()
                            .ifPresent(ordered::add);
                }
            }
            delivered.stream().filter(address -> !ordered.contains(address)).forEach(ordered::add);
            return ordered;
        }
    }
}
