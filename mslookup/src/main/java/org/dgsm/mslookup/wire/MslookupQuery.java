package org.dgsm.mslookup.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * One mslookup question: "where is service {@code service} for subscriber {@code id}?".
 *
 * <p>The service is any non-empty text of at most 64 characters; osmo puts no other rule on it (dots and spaces are
 * fine). We additionally allow only printable ASCII (space to {@code ~}) so that one character is one byte on the wire
 * and no control character can reach a log or a CSV line.
 *
 * @throws IllegalArgumentException from the constructor for an invalid service
 */
public record MslookupQuery(String service, MslookupId id) {

    public static final int MAX_SERVICE_LENGTH = 64;

    /** osmo copies the id into a 16-byte buffer; anything longer is rejected before the digit check. */
    private static final int ID_BUFFER_SIZE = 16;

    /** osmo keeps the name without suffix in a 255-byte buffer (with its terminating NUL). */
    private static final int MAX_NAME_WITHOUT_SUFFIX = 254;

    public MslookupQuery {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(id, "id");
        if (service.isEmpty()) {
            throw new IllegalArgumentException("service must not be empty");
        }
        if (service.length() > MAX_SERVICE_LENGTH) {
            throw new IllegalArgumentException("service must be at most " + MAX_SERVICE_LENGTH
                    + " characters, got " + service.length());
        }
        for (int i = 0; i < service.length(); i++) {
            char c = service.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException(String.format(
                        "service must be printable ASCII, found U+%04X at position %d", (int) c, i));
            }
        }
    }

    /** Human-readable form {@code service.digits.idtype}, e.g. {@code sip.voice.1001.msisdn}. */
    @Override
    public String toString() {
        return service + "." + id;
    }

    /** The DNS name {@code service.digits.idtype.suffix}; the id type is always lower case. */
    public String domainName(String suffix) {
        return this + "." + Objects.requireNonNull(suffix, "suffix");
    }

    /**
     * Parses {@code service.digits.idtype} exactly like osmo: from the right, the text after the last dot is the id
     * type (case-insensitive), the text between the two last dots the id, and everything before the second-last dot
     * (which must not be the first character) the service.
     *
     * @throws MalformedQueryException for any text osmo's parser rejects (or, beyond osmo, a service that is not
     *                                 printable ASCII)
     */
    public static MslookupQuery parse(String text) throws MalformedQueryException {
        Objects.requireNonNull(text, "text");
        int lastDot = text.lastIndexOf('.');
        if (lastDot <= 0) {
            throw malformed(text, "expected service.id.idtype");
        }
        int secondLastDot = text.lastIndexOf('.', lastDot - 1);
        if (secondLastDot <= 0) {
            throw malformed(text, "expected service.id.idtype");
        }
        String typeWord = text.substring(lastDot + 1);
        if (typeWord.isEmpty()) {
            throw malformed(text, "missing id type");
        }
        Optional<IdType> type = IdType.fromWireName(typeWord);
        if (type.isEmpty()) {
            throw malformed(text, "unknown id type '" + typeWord + "'");
        }
        String digits = text.substring(secondLastDot + 1, lastDot);
        if (digits.isEmpty()) {
            throw malformed(text, "missing id");
        }
        if (digits.length() >= ID_BUFFER_SIZE) {
            throw malformed(text, "id too long");
        }
        try {
            return new MslookupQuery(text.substring(0, secondLastDot), new MslookupId(type.get(), digits));
        } catch (IllegalArgumentException e) {
            throw malformed(text, e.getMessage());
        }
    }

    /**
     * Parses a DNS name {@code service.digits.idtype.suffix}. As osmo: the name must be longer than the suffix, the
     * character before the suffix must be a dot and the tail must equal the suffix exactly (case-sensitive).
     *
     * @throws MalformedQueryException when the suffix does not match or the rest does not {@link #parse(String) parse}
     */
    public static MslookupQuery fromDomainName(String name, String suffix) throws MalformedQueryException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(suffix, "suffix");
        int prefixLength = name.length() - suffix.length() - 1;
        if (prefixLength <= 0 || prefixLength > MAX_NAME_WITHOUT_SUFFIX) {
            throw malformed(name, "name does not end with ." + suffix);
        }
        if (name.charAt(prefixLength) != '.' || !name.startsWith(suffix, prefixLength + 1)) {
            throw malformed(name, "name does not end with ." + suffix);
        }
        return parse(name.substring(0, prefixLength));
    }

    private static MalformedQueryException malformed(String text, String why) {
        return new MalformedQueryException("cannot parse query '" + text + "': " + why);
    }
}
