package org.dgsm.node.status;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscriber of another village attached here.
 *
 * @param imsi   the IMSI
 * @param msisdn the MSISDN, or {@code ""} when not known
 * @param home   the home village's name, or {@code ""} when not known
 * @param since  when it attached here
 */
public record Visitor(String imsi, String msisdn, String home, Instant since) {

    public Visitor {
        Objects.requireNonNull(imsi, "imsi");
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(since, "since");
    }
}
