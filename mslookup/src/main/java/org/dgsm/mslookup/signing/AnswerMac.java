package org.dgsm.mslookup.signing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

/**
 * The MAC of a companion: HMAC-SHA256 with the mesh key's secret over a canonical encoding of everything a receiver
 * acts on (docs/signed-mslookup.md §2), independent of how the answer packet happened to be laid out:
 *
 * <pre>
 * "dgsm-mslookup-sig-1" 00
 * u8 length, key id (ASCII)
 * u64 timestamp ms, u64 nonce
 * u16 length, full query name "service.id.idtype.suffix" (ASCII)
 * u32 age seconds
 * u8  0 or 1, then IPv4 address (4) and u16 port if 1
 * u8  0 or 1, then IPv6 address (16) and u16 port if 1
 * </pre>
 */
public final class AnswerMac {

    private static final byte[] DOMAIN = "dgsm-mslookup-sig-1\0".getBytes(StandardCharsets.US_ASCII);
    private static final String ALGORITHM = "HmacSHA256";

    private AnswerMac() {
    }

    public static byte[] compute(MeshKey key, long timestampMillis, long nonce, MslookupQuery query,
                                 MslookupResult result, String suffix) {
        byte[] input = canonical(key.keyId(), timestampMillis, nonce, query, result, suffix);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.secret(), ALGORITHM));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Constant-time comparison of the companion's MAC with the one this key gives for the answer. */
    public static boolean matches(MeshKey key, SignatureCompanion companion, MslookupResult result, String suffix) {
        byte[] expected = compute(key, companion.timestampMillis(), companion.nonce(), companion.query(), result,
                suffix);
        return MessageDigest.isEqual(expected, companion.mac());
    }

    static byte[] canonical(String keyId, long timestampMillis, long nonce, MslookupQuery query,
                            MslookupResult result, String suffix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(DOMAIN);
            byte[] kid = keyId.getBytes(StandardCharsets.US_ASCII);
            out.writeByte(kid.length);
            out.write(kid);
            out.writeLong(timestampMillis);
            out.writeLong(nonce);
            byte[] name = query.domainName(suffix).getBytes(StandardCharsets.US_ASCII);
            out.writeShort(name.length);
            out.write(name);
            out.writeInt((int) result.ageSeconds());
            writeAddress(out, result.v4());
            writeAddress(out, result.v6());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return bytes.toByteArray();
    }

    private static void writeAddress(DataOutputStream out, ServiceAddress address) throws IOException {
        if (address == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        out.write(address.ip().getAddress());
        out.writeShort(address.port());
    }
}
