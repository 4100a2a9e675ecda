package vn.thidua.campaign.campaign;

/**
 * What launching needs to know about a movement's signed letter; answered by the letter feature,
 * which renders the letter, so that movements need not.
 */
public interface LetterSignatures {

    /** Whether the movement's letter is approved and signed, and still says what was signed. */
    boolean signedAsItReads(Campaign campaign);

    /** Whether a movement may be launched only with a signed letter ({@code thidua.campaign.require-signed-letter}). */
    boolean required();
}
