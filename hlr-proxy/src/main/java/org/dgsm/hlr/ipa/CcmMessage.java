package org.dgsm.hlr.ipa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dgsm.hlr.gsup.Octets;

/** A message on the CCM stream (0xFE): one type byte and a body (gsup-ipa.md §2). */
public sealed interface CcmMessage {

    int TYPE_PING = 0x00;
    int TYPE_PONG = 0x01;
    int TYPE_ID_GET = 0x04;
    int TYPE_ID_RESP = 0x05;
    int TYPE_ID_ACK = 0x06;
    int TYPE_ID_NACK = 0x07;

    int type();

    record Ping() implements CcmMessage {
        public int type() {
            return TYPE_PING;
        }
    }

    record Pong() implements CcmMessage {
        public int type() {
            return TYPE_PONG;
        }
    }

    record IdAck() implements CcmMessage {
        public int type() {
            return TYPE_ID_ACK;
        }
    }

    record IdNack() implements CcmMessage {
        public int type() {
            return TYPE_ID_NACK;
        }
    }

    /** Identity request: the tags the peer wants, in order. */
    record IdGet(List<Integer> tags) implements CcmMessage {
        public IdGet {
            tags = List.copyOf(tags);
            for (int tag : tags) {
                if (tag < 0 || tag > 0xff) {
                    throw new IllegalArgumentException("tag must be one byte, got " + tag);
                }
            }
        }

        public int type() {
            return TYPE_ID_GET;
        }
    }

    /** Identity response: tag values in the order sent. */
    record IdResp(List<CcmIdEntry> entries) implements CcmMessage {
        public IdResp {
            entries = List.copyOf(entries);
        }

        public int type() {
            return TYPE_ID_RESP;
        }

        /** The value of {@code tag}; if the tag is repeated the last one counts, as in osmo. */
        public Optional<Octets> value(int tag) {
            Octets found = null;
            for (CcmIdEntry entry : entries) {
                if (entry.tag() == tag) {
                    found = entry.value();
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** PROXY, PROXY_ACK, PROXY_NACK, SSL_INFO and any unlisted type: not used by GSUP, carried as raw body. */
    record Other(int type, Octets body) implements CcmMessage {
        public Other {
            if (type < 0 || type > 0xff) {
                throw new IllegalArgumentException("type must be one byte, got " + type);
            }
            if (type == TYPE_PING || type == TYPE_PONG || type == TYPE_ID_GET || type == TYPE_ID_RESP
                    || type == TYPE_ID_ACK || type == TYPE_ID_NACK) {
                throw new IllegalArgumentException("type " + type + " has its own record");
            }
            Objects.requireNonNull(body, "body");
        }
    }
}
