package org.dgsm.hlr.netty;

import org.dgsm.hlr.gsup.Octets;

/** IPA names (raw serial-number bytes, normally ending in NUL) as text for logs and status. */
public final class IpaNames {

    private IpaNames() {
    }

    /** {@code msc-B1\0} → {@code msc-B1}; other non-printable bytes as {@code \xNN}. */
    public static String display(Octets name) {
        int length = name.length();
        if (length > 0 && name.get(length - 1) == 0) {
            length--;
        }
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int b = name.get(i);
            if (b >= 0x20 && b < 0x7f && b != '\\') {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02x", b));
            }
        }
        return text.toString();
    }
}
