package org.dgsm.dialplan.lookup;

import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.util.Objects;

/** Where a service of a subscriber is now, as far as mslookup can tell. */
public sealed interface SubscriberLocation
        permits SubscriberLocation.Found, SubscriberLocation.NotFound, SubscriberLocation.LookupFailed {

    /**
     * A village answered: the service is reached at {@code address}; the subscriber's last location update there was
     * {@code ageSeconds} ago. {@code village} is the village's name if a {@link VillageDirectory} knows it, else null.
     */
    record Found(ServiceAddress address, long ageSeconds, String village) implements SubscriberLocation {
        public Found {
            Objects.requireNonNull(address, "address");
            if (ageSeconds < 0 || ageSeconds > MslookupResult.MAX_AGE_SECONDS) {
                throw new IllegalArgumentException("age must be 0.." + MslookupResult.MAX_AGE_SECONDS + ", got "
                        + ageSeconds);
            }
        }

        /** The same answer, {@code seconds} older (capped at the largest age mslookup can carry). */
        public Found olderBy(long seconds) {
            if (seconds <= 0) {
                return this;
            }
            return new Found(address, Math.min(MslookupResult.MAX_AGE_SECONDS, ageSeconds + seconds), village);
        }
    }

    /** No village answered within the lookup's timeout. */
    record NotFound() implements SubscriberLocation {
    }

    /** The lookup itself could not be done; says nothing about the subscriber. */
    record LookupFailed(String reason) implements SubscriberLocation {
        public LookupFailed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
