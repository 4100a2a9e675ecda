package vn.thidua.notification.sms.text;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet and its extension table, as SMPP carries it with data_coding 0:
 * one septet per octet, unpacked. An extension character costs two septets (ESC + code).
 */
public final class GsmAlphabet {

    private static final char ESCAPE = 0x1B;
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Extension characters and their codes after ESC. */
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = { 0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65 };

    private GsmAlphabet() {
    }

    /** Whether every character of the text is in the alphabet or its extension. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** How many septets one character takes: 2 for an extension character, else 1. */
    public static int septets(char c) {
        return EXTENSION.indexOf(c) >= 0 ? 2 : 1;
    }

    public static int septets(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += septets(text.charAt(i));
        }
        return count;
    }

    /** The text as unpacked septets, one per octet. */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int extension = EXTENSION.indexOf(c);
            if (extension >= 0) {
                out.write(ESCAPE);
                out.write(EXTENSION_CODES[extension]);
                continue;
            }
            int basic = BASIC.indexOf(c);
            if (basic < 0 || c == ESCAPE) {
                throw new IllegalArgumentException("Not in the GSM 7-bit alphabet: U+" + Integer.toHexString(c));
            }
            out.write(basic);
        }
        return out.toByteArray();
    }

    /** Unpacked septets back to text; an unknown extension code reads as a space. */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int code = septets[i] & 0x7F;
            if (code == ESCAPE && i + 1 < offset + length) {
                int next = septets[++i] & 0x7F;
                int extension = -1;
                for (int e = 0; e < EXTENSION_CODES.length; e++) {
                    if (EXTENSION_CODES[e] == next) {
                        extension = e;
                    }
                }
                text.append(extension >= 0 ? EXTENSION.charAt(extension) : ' ');
            } else {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }
}
