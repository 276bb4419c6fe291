package org.dgsm.hlr.ipa;

import java.util.ArrayList;
import java.util.List;
import org.dgsm.hlr.gsup.Octets;

/**
 * CCM payload (type byte + body) → {@link CcmMessage}, as libosmo-abis parses it: PING, PONG, ID_ACK and ID_NACK
 * bodies are ignored; ID_GET entries are {@code [len][tag]} with {@code len ≥ 1} counting the tag; ID_RESP entries are
 * {@code [len_hi][len_lo][tag][value]} with {@code len = 1 + value length}. An entry whose length is 0 or runs past the
 * end is malformed; a remainder too short to start another entry (1 byte in ID_GET, 1–2 in ID_RESP) is ignored.
 */
public final class CcmDecoder {

    private CcmDecoder() {
    }

    public static CcmMessage decode(byte[] payload) throws MalformedIpaException {
        return decode(Octets.of(payload));
    }

    public static CcmMessage decode(Octets payload) throws MalformedIpaException {
        if (payload.isEmpty()) {
            throw new MalformedIpaException("empty CCM message: no type byte");
        }
        byte[] p = payload.toByteArray();
        return switch (p[0] & 0xff) {
            case CcmMessage.TYPE_PING -> new CcmMessage.Ping();
            case CcmMessage.TYPE_PONG -> new CcmMessage.Pong();
            case CcmMessage.TYPE_ID_ACK -> new CcmMessage.IdAck();
            case CcmMessage.TYPE_ID_NACK -> new CcmMessage.IdNack();
            case CcmMessage.TYPE_ID_GET -> idGet(p);
            case CcmMessage.TYPE_ID_RESP -> idResp(p);
            default -> new CcmMessage.Other(p[0] & 0xff, Octets.of(p, 1, p.length - 1));
        };
    }

    private static CcmMessage.IdGet idGet(byte[] p) throws MalformedIpaException {
        List<Integer> tags = new ArrayList<>();
        int pos = 1;
        while (p.length - pos >= 2) {
            int length = p[pos] & 0xff;
            int tag = p[pos + 1] & 0xff;
            if (length == 0) {
                throw new MalformedIpaException(String.format("ID_GET entry for tag 0x%02x has length 0", tag));
            }
            if (length - 1 > p.length - pos - 2) {
                throw new MalformedIpaException(String.format(
                        "ID_GET entry for tag 0x%02x announces %d bytes, only %d left", tag, length, p.length - pos - 1));
            }
            tags.add(tag);
            pos += 1 + length;
        }
        return new CcmMessage.IdGet(tags);
    }

    private static CcmMessage.IdResp idResp(byte[] p) throws MalformedIpaException {
        List<CcmIdEntry> entries = new ArrayList<>();
        int pos = 1;
        while (p.length - pos >= 3) {
            int length = (p[pos] & 0xff) << 8 | p[pos + 1] & 0xff;
            int tag = p[pos + 2] & 0xff;
            if (length == 0) {
                throw new MalformedIpaException(String.format("ID_RESP entry for tag 0x%02x has length 0", tag));
            }
            if (length - 1 > p.length - pos - 3) {
                throw new MalformedIpaException(String.format(
                        "ID_RESP entry for tag 0x%02x announces %d bytes, only %d left", tag, length, p.length - pos - 2));
            }
            entries.add(new CcmIdEntry(tag, Octets.of(p, pos + 3, length - 1)));
            pos += 2 + length;
        }
        return new CcmMessage.IdResp(entries);
    }
}
