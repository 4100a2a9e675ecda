package vn.thidua.notification.attachment;

import java.util.Locale;

import vn.thidua.notification.sms.text.VietnameseText;

/** File names for attached documents: ASCII, so every mail client shows them ("12/SNNMT-VP" → "12-SNNMT-VP"). */
public final class FileNames {

    private FileNames() {
    }

    public static String launchLetter(String letterNumber, String campaignId) {
        return "cong-van-" + safe(letterNumber != null ? letterNumber : campaignId) + ".pdf";
    }

    public static String decision(String decisionNumber, String nominationId) {
        return "quyet-dinh-" + safe(decisionNumber != null ? decisionNumber : nominationId) + ".pdf";
    }

    private static String safe(String text) {
        return VietnameseText.stripDiacritics(text).replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-+|-+$", "")
                .toLowerCase(Locale.ROOT);
    }
}
