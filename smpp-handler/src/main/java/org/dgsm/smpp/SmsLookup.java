package org.dgsm.smpp;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Answers "which village's SMPP handler serves this MSISDN now?" ({@code smpp.sms.<msisdn>.msisdn}). */
@FunctionalInterface
public interface SmsLookup {

    /** The address of the youngest answer, or empty when no village answered. Should not complete exceptionally. */
    CompletableFuture<Optional<ServiceAddress>> lookup(String msisdn);
}
