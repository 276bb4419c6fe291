package org.dgsm.smpp.link;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the local SMSC (osmo-msc's {@code smpp} interface) as an ESME.
 *
 * @param reconnectDelay first wait after a lost or refused bind; doubles up to {@code reconnectDelayMax}
 */
public record SmscLinkConfig(String host, int port, String systemId, String password, String systemType,
                             Duration connectTimeout, Duration bindTimeout, Duration responseTimeout,
                             Duration enquireLinkInterval, Duration reconnectDelay, Duration reconnectDelayMax) {

    public SmscLinkConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(systemType, "systemType");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMSC port must be 1..65535, got " + port);
        }
        for (Duration d : new Duration[] {connectTimeout, bindTimeout, responseTimeout, enquireLinkInterval,
            reconnectDelay, reconnectDelayMax}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("SMSC link timers must be positive, got " + d);
            }
        }
    }

    /** Without the password: settings get logged. */
    @Override
    public String toString() {
        return "SmscLinkConfig[" + host + ":" + port + " as " + systemId + ", password ***]";
    }
}
