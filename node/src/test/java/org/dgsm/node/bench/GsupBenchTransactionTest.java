package org.dgsm.node.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class GsupBenchTransactionTest {

    private static final String IMSI = "901700000024701";

    @Test
    void sendsASaiRequestWithTheCnDomainAsOsmoMscDoes() {
        GsupBenchTransaction tx = new GsupBenchTransaction(GsupBenchOp.SAI, GsupMessage.CN_DOMAIN_CS);
        GsupMessage request = tx.begin(IMSI);
        assertThat(request.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_REQUEST);
        assertThat(request.imsi()).isEqualTo(IMSI);
        assertThat(request.cnDomain()).isEqualTo(GsupMessage.CN_DOMAIN_CS);
        assertThat(tx.isOpen()).isTrue();
    }

    @Test
    void aSaiResultEndsTheTransactionSuccessfully() {
        GsupBenchTransaction tx = new GsupBenchTransaction(GsupBenchOp.SAI, GsupMessage.CN_DOMAIN_CS);
        GsupMessage request = tx.begin(IMSI);
        GsupBenchTransaction.Step step = tx.onMessage(GsupReplies.result(request).build());
        assertThat(step.outcome()).isEqualTo(GsupBenchTransaction.Outcome.SUCCESS);
        assertThat(step.send()).isEmpty();
        assertThat(tx.isOpen()).isFalse();
    }

    @Test
    void anErrorAnswerOrRoutingErrorEndsItAsAFailure() {
        GsupBenchTransaction tx = new GsupBenchTransaction(GsupBenchOp.SAI, GsupMessage.CN_DOMAIN_CS);
        GsupMessage request = tx.begin(IMSI);
        assertThat(tx.onMessage(GsupReplies.error(request, GmmCause.IMSI_UNKNOWN).build()).outcome())
                .isEqualTo(GsupBenchTransaction.Outcome.FAILURE);
        tx.begin(IMSI);
        GsupMessage routingError = GsupMessage.builder(GsupMessageType.ROUTING_ERROR, IMSI).build();
        assertThat(tx.onMessage(routingError).outcome()).isEqualTo(GsupBenchTransaction.Outcome.FAILURE);
    }

    @Test
    void answersTheInsertSubscriberDataOfAnUpdateLocationAndWaitsForItsResult() {
        GsupBenchTransaction tx = new GsupBenchTransaction(GsupBenchOp.LU, GsupMessage.CN_DOMAIN_PS);
        GsupMessage request = tx.begin(IMSI);
        assertThat(request.type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_REQUEST);
        assertThat(request.cnDomain()).isEqualTo(GsupMessage.CN_DOMAIN_PS);
        GsupMessage isd = GsupMessage.builder(GsupMessageType.INSERT_DATA_REQUEST, IMSI)
                .msisdn(Octets.fromHex("020210")).cnDomain(GsupMessage.CN_DOMAIN_PS).build();
        GsupBenchTransaction.Step step = tx.onMessage(isd);
        assertThat(step.outcome()).isNull();
        assertThat(step.send()).singleElement().satisfies(reply -> {
            assertThat(reply.type()).isEqualTo(GsupMessageType.INSERT_DATA_RESULT);
            assertThat(reply.imsi()).isEqualTo(IMSI);
        });
        assertThat(tx.isOpen()).isTrue();
        assertThat(tx.onMessage(GsupReplies.result(request).build()).outcome())
                .isEqualTo(GsupBenchTransaction.Outcome.SUCCESS);
    }

    @Test
    void answersALocationCancelWithAResultAndAnUnknownRequestWithAnError() {
        GsupBenchTransaction tx = new GsupBenchTransaction(GsupBenchOp.LU, GsupMessage.CN_DOMAIN_CS);
        GsupMessage cancel = GsupMessage.builder(GsupMessageType.LOCATION_CANCEL_REQUEST, IMSI).build();
        assertThat(tx.onMessage(cancel).send()).singleElement().extracting(GsupMessage::type)
                .isEqualTo(GsupMessageType.LOCATION_CANCEL_RESULT);
        GsupMessage ss = GsupMessage.builder(GsupMessageType.PROC_SS_REQUEST, IMSI).build();
        assertThat(tx.onMessage(ss).send()).singleElement().satisfies(reply -> {
            assertThat(reply.type()).isEqualTo(GsupMessageType.PROC_SS_ERROR);
            assertThat(reply.cause()).isEqualTo(GmmCause.MSG_TYPE_NOT_IMPLEMENTED);
        });
    }

    @Test
    void ignoresAnswersForOtherImsisAndAnswersAfterItWasAbandoned() {
        GsupBenchTransaction tx = new GsupBenchTransaction(GsupBenchOp.SAI, GsupMessage.CN_DOMAIN_CS);
        GsupMessage request = tx.begin(IMSI);
        GsupMessage other = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_RESULT, "901700000024702").build();
        assertThat(tx.onMessage(other)).isEqualTo(GsupBenchTransaction.Step.NOTHING);
        tx.abandon();
        assertThat(tx.onMessage(GsupReplies.result(request).build())).isEqualTo(GsupBenchTransaction.Step.NOTHING);
    }

    @Test
    void refusesASecondTransactionWhileOneIsOpen() {
        GsupBenchTransaction tx = new GsupBenchTransaction(GsupBenchOp.SAI, GsupMessage.CN_DOMAIN_CS);
        tx.begin(IMSI);
        assertThatThrownBy(() -> tx.begin(IMSI)).isInstanceOf(IllegalStateException.class);
    }
}
