package org.dgsm.hlr.store;

/**
 * Result of {@link SubscriberStore#advanceSqn}: the SQN that was stored before and the one stored now.
 * No other caller saw {@code previous} turn into anything but {@code stored}.
 */
public record SqnUpdate(long previous, long stored) {
}
