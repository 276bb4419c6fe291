package org.dgsm.smpp.queue;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmsId;

/** Work the router asks its driver to do; each finishes by feeding its result back into the router. */
public sealed interface RouterAction {

    /** Resolve {@code smpp.sms.<msisdn>.msisdn}; answer with {@link SmsRouter#onLookupResult}. */
    record Lookup(String msisdn) implements RouterAction {
    }

    /** submit_sm {@code message} to the village at {@code to}; answer with {@link SmsRouter#onForwardOutcome}. */
    record Forward(SmsId id, ServiceAddress to, ShortMessage message) implements RouterAction {
    }

    /** submit_sm {@code message} to the local SMSC; answer with {@link SmsRouter#onSubmitOutcome}. */
    record SubmitLocal(SmsId id, ShortMessage message) implements RouterAction {
    }
}
