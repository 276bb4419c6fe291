package org.dgsm.hlr.ipa;

import java.util.Objects;
import java.util.OptionalInt;
import org.dgsm.hlr.gsup.Octets;

/**
 * One IPA frame: {@code [length:2][stream id:1][payload]} (gsup-ipa.md §1). For the Osmocom extension stream 0xEE
 * the first payload byte is the extension id (0x05 GSUP), kept apart in {@link #extension()}; {@link #payload()} is
 * what follows it.
 */
public record IpaFrame(int streamId, OptionalInt extension, Octets payload) {

    /** CCM, IPA connection control. */
    public static final int STREAM_CCM = 0xfe;
    /** Osmocom extensions; the first payload byte names the protocol. */
    public static final int STREAM_OSMO = 0xee;
    public static final int EXT_GSUP = 0x05;
    public static final int EXT_OAP = 0x06;
    /** Largest length field (bytes after the 3-byte header) a libosmocore receiver accepts. */
    public static final int MAX_LENGTH = 1197;
    public static final int HEADER_LENGTH = 3;

    public IpaFrame {
        if (streamId < 0 || streamId > 0xff) {
            throw new IllegalArgumentException("stream id must be one byte, got " + streamId);
        }
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(payload, "payload");
        if (extension.isPresent() != (streamId == STREAM_OSMO)) {
            throw new IllegalArgumentException("an extension id goes with stream 0xee and only with it");
        }
        if (extension.isPresent() && (extension.getAsInt() < 0 || extension.getAsInt() > 0xff)) {
            throw new IllegalArgumentException("extension id must be one byte, got " + extension.getAsInt());
        }
    }

    public static IpaFrame ccm(Octets payload) {
        return new IpaFrame(STREAM_CCM, OptionalInt.empty(), payload);
    }

    /** A GSUP frame: stream 0xEE, extension 0x05, the GSUP message. */
    public static IpaFrame gsup(Octets gsupMessage) {
        return osmo(EXT_GSUP, gsupMessage);
    }

    public static IpaFrame osmo(int extension, Octets payload) {
        return new IpaFrame(STREAM_OSMO, OptionalInt.of(extension), payload);
    }

    /** A frame of a stream other than 0xEE. */
    public static IpaFrame of(int streamId, Octets payload) {
        return new IpaFrame(streamId, OptionalInt.empty(), payload);
    }

    /** The header's length field: the extension byte (if any) plus the payload. */
    public int length() {
        return payload.length() + (extension.isPresent() ? 1 : 0);
    }

    public boolean isGsup() {
        return streamId == STREAM_OSMO && extension.getAsInt() == EXT_GSUP;
    }

    public boolean isCcm() {
        return streamId == STREAM_CCM;
    }
}
