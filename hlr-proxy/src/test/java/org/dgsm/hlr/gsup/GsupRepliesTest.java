package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GsupRepliesTest {

    private static GsupMessage vector(String id) throws MalformedGsupException {
        return GsupDecoder.decode(GsupVectors.byId(id).bytes());
    }

    @Test
    void resultToAProxiedUpdateLocationIsWhatTheHomeHlrSent() throws MalformedGsupException {
        GsupMessage result = GsupReplies.result(vector("cap23")).build();
        assertThat(Hex.format(GsupEncoder.encode(result))).isEqualTo(GsupVectors.byId("cap26").hex());
    }

    @Test
    void insertDataDuringUpdateLocationCarriesTheDestinationName() throws MalformedGsupException {
        GsupMessage isd = GsupReplies.reply(vector("cap23"), GsupMessageType.INSERT_DATA_REQUEST.code(), false)
                .msisdn(Octets.fromHex("020110")).cnDomain(GsupMessage.CN_DOMAIN_CS).build();
        assertThat(Hex.format(GsupEncoder.encode(isd))).isEqualTo(GsupVectors.byId("cap24").hex());
    }

    @Test
    void errorCopiesImsiAndSetsTheCause() throws MalformedGsupException {
        GsupMessage error = GsupReplies.error(vector("cap14"), GmmCause.IMSI_UNKNOWN).build();
        assertThat(Hex.format(GsupEncoder.encode(error))).isEqualTo(GsupVectors.byId("cap15").hex());
        assertThatThrownBy(() -> GsupReplies.error(vector("cap15"), GmmCause.IMSI_UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GsupReplies.error(vector("cap14"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesMessageClassAndSmRpMr() throws MalformedGsupException {
        assertThat(GsupReplies.result(vector("cap18")).build().messageClass()).isEqualTo(1);
        GsupMessage moResult = GsupReplies.result(vector("lib18")).build();
        assertThat(moResult.smRpMr()).isEqualTo(0xfa);
        assertThat(moResult.type()).isEqualTo(GsupMessageType.MO_FORWARD_SM_RESULT);
    }

    @Test
    void sessionContinuesUntilTheFinalAnswerOrTheRequestsEnd() throws MalformedGsupException {
        GsupMessage begin = vector("lib16");
        assertThat(GsupReplies.reply(begin, GsupMessageType.PROC_SS_REQUEST.code(), false).build().session())
                .isEqualTo(new GsupSession(0xdeadbeefL, GsupSession.CONTINUE));
        assertThat(GsupReplies.result(begin).build().session()).isEqualTo(new GsupSession(0xdeadbeefL,
                GsupSession.END));
        GsupMessage end = begin.toBuilder().session(new GsupSession(9, GsupSession.END)).build();
        assertThat(GsupReplies.reply(end, GsupMessageType.PROC_SS_REQUEST.code(), false).build().session().state())
                .isEqualTo(GsupSession.END);
        assertThat(GsupReplies.result(vector("cap03")).build().session()).isNull();
    }
}
