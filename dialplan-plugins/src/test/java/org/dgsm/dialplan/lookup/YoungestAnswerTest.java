package org.dgsm.dialplan.lookup;

import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YoungestAnswerTest {

    private static final MslookupQuery QUERY = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));
    private static final ServiceAddress B = SubscriberLocatorTest.address("127.0.0.20", 5060);
    private static final ServiceAddress C = SubscriberLocatorTest.address("127.0.0.30", 5060);

    @Test
    void keepsAnAgedResultWhenTheLookupEndsWithNone() {
        YoungestAnswer youngest = new YoungestAnswer();

        youngest.offer(new MslookupReport(1, QUERY, ResultCode.RESULT, false, 5, B, null));
        youngest.offer(new MslookupReport(1, QUERY, ResultCode.NONE, true, 5, null, null));

        assertThat(youngest.result()).contains(new MslookupResult(5, B, null));
    }

    @Test
    void aYoungerResultReplacesAnOlderOne() {
        YoungestAnswer youngest = new YoungestAnswer();

        youngest.offer(new MslookupReport(1, QUERY, ResultCode.RESULT, false, 5, B, null));
        youngest.offer(new MslookupReport(1, QUERY, ResultCode.RESULT, false, 2, C, null));
        youngest.offer(new MslookupReport(1, QUERY, ResultCode.NONE, true, 2, null, null));

        assertThat(youngest.result()).contains(new MslookupResult(2, C, null));
    }

    @Test
    void anOlderResultDoesNotReplaceAYoungerOne() {
        YoungestAnswer youngest = new YoungestAnswer();

        youngest.offer(new MslookupReport(1, QUERY, ResultCode.RESULT, false, 2, C, null));
        youngest.offer(new MslookupReport(1, QUERY, ResultCode.RESULT, true, 7, B, null));

        assertThat(youngest.result()).contains(new MslookupResult(2, C, null));
    }

    @Test
    void notFoundLeavesNoResult() {
        YoungestAnswer youngest = new YoungestAnswer();

        youngest.offer(new MslookupReport(1, QUERY, ResultCode.NOT_FOUND, true, 0, null, null));

        assertThat(youngest.result()).isEmpty();
    }
}
