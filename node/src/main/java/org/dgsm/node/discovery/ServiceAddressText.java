package org.dgsm.node.discovery;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Reads {@code 10.9.1.2:5060} or {@code [fd00::2]:5060}, the form {@link ServiceAddress#toString()} writes, from
 * text that came over the network. Only IP literals are taken: nothing is ever looked up in DNS.
 */
final class ServiceAddressText {

    static final int MAX_LENGTH = 64;

    private ServiceAddressText() {
    }

    static ServiceAddress parse(String text) throws MalformedAnnouncementException {
        if (text.length() > MAX_LENGTH) {
            throw new MalformedAnnouncementException("address longer than " + MAX_LENGTH + " characters");
        }
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf("]:");
            if (close < 0) {
                throw new MalformedAnnouncementException("expected [IPv6]:PORT, got '" + Printable.of(text) + "'");
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
            if (host.indexOf(':') < 0) {
                throw new MalformedAnnouncementException("not an IPv6 address in '" + Printable.of(text) + "'");
            }
        } else {
            int colon = text.indexOf(':');
            if (colon < 0 || colon != text.lastIndexOf(':')) {
                throw new MalformedAnnouncementException("expected IPv4:PORT, got '" + Printable.of(text) + "'");
            }
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
        }
        return new ServiceAddress(host.indexOf(':') >= 0 ? ipv6(host, text) : ipv4(host, text), port(port, text));
    }

    private static InetAddress ipv4(String host, String whole) throws MalformedAnnouncementException {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            throw new MalformedAnnouncementException("not an IPv4 address in '" + Printable.of(whole) + "'");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) decimal(parts[i], 3, 255, whole);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("four bytes are always an IPv4 address", e);
        }
    }

    private static InetAddress ipv6(String host, String whole) throws MalformedAnnouncementException {
        // Checked first so that InetAddress takes the text as a literal: it resolves names it does not recognise.
        if (host.length() > 45 || !host.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0 && c < 128)) {
            throw new MalformedAnnouncementException("not an IPv6 address in '" + Printable.of(whole) + "'");
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new MalformedAnnouncementException("not an IPv6 address in '" + Printable.of(whole) + "'");
        }
    }

    private static int port(String digits, String whole) throws MalformedAnnouncementException {
        int port = decimal(digits, 5, 65535, whole);
        if (port == 0) {
            throw new MalformedAnnouncementException("port 0 in '" + Printable.of(whole) + "'");
        }
        return port;
    }

    private static int decimal(String digits, int maxDigits, int max, String whole) throws MalformedAnnouncementException {
        if (digits.isEmpty() || digits.length() > maxDigits) {
            throw new MalformedAnnouncementException("bad number '" + Printable.of(digits) + "' in '" + Printable.of(whole) + "'");
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new MalformedAnnouncementException("bad number '" + Printable.of(digits) + "' in '" + Printable.of(whole) + "'");
            }
            value = value * 10 + (c - '0');
        }
        if (value > max) {
            throw new MalformedAnnouncementException("number " + value + " above " + max + " in '" + Printable.of(whole) + "'");
        }
        return value;
    }
}
