package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dgsm.hlr.gsup.GsupMessageType.Kind;
import org.junit.jupiter.api.Test;

class GsupMessageTypeTest {

    @Test
    void lowTwoBitsGiveTheKind() {
        assertThat(GsupMessageType.kindOf(0x08)).isEqualTo(Kind.REQUEST);
        assertThat(GsupMessageType.kindOf(0x09)).isEqualTo(Kind.ERROR);
        assertThat(GsupMessageType.kindOf(0x0a)).isEqualTo(Kind.RESULT);
        assertThat(GsupMessageType.kindOf(0x0b)).isEqualTo(Kind.OTHER);
        assertThat(GsupMessageType.ROUTING_ERROR.kind()).isEqualTo(Kind.RESULT);
        assertThat(GsupMessageType.E_CLOSE.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void everyListedAnswerTypeIsItsRequestWithTheKindBitsSet() {
        for (GsupMessageType type : GsupMessageType.values()) {
            type.errorType().ifPresent(error -> {
                assertThat(error.code()).isEqualTo(type.code() | 1);
                assertThat(error.kind()).isEqualTo(Kind.ERROR);
            });
            type.resultType().ifPresent(result -> {
                assertThat(result.code()).isEqualTo(type.code() | 2);
                assertThat(result.kind()).isEqualTo(Kind.RESULT);
            });
        }
    }

    @Test
    void requestsMapToTheirErrorAndResult() {
        assertThat(GsupMessageType.SEND_AUTH_INFO_REQUEST.errorType()).hasValue(GsupMessageType.SEND_AUTH_INFO_ERROR);
        assertThat(GsupMessageType.UPDATE_LOCATION_REQUEST.resultType())
                .hasValue(GsupMessageType.UPDATE_LOCATION_RESULT);
        assertThat(GsupMessageType.CHECK_IMEI_REQUEST.resultType()).hasValue(GsupMessageType.CHECK_IMEI_RESULT);
    }

    @Test
    void typesWithoutListedAnswersHaveNone() {
        assertThat(GsupMessageType.E_PROCESS_ACCESS_SIGNALLING_REQUEST.errorType()).isEmpty();
        assertThat(GsupMessageType.SEND_AUTH_INFO_RESULT.resultType()).isEmpty();
        assertThat(GsupMessageType.UNKNOWN.errorType()).isEmpty();
        assertThat(GsupMessageType.UNKNOWN.isRequest()).isFalse();
    }

    @Test
    void rawCodesFollowOsmosBitRule() {
        assertThat(GsupMessageType.errorCodeFor(0x40)).isEqualTo(0x41);
        assertThat(GsupMessageType.resultCodeFor(0x08)).isEqualTo(0x0a);
        assertThatThrownBy(() -> GsupMessageType.errorCodeFor(0x0a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x0a");
        assertThatThrownBy(() -> GsupMessageType.resultCodeFor(0x100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unlistedCodesMapToUnknownWhichHasNoCode() {
        assertThat(GsupMessageType.fromCode(0x2b)).isEqualTo(GsupMessageType.UNKNOWN);
        assertThat(GsupMessageType.fromCode(-1)).isEqualTo(GsupMessageType.UNKNOWN);
        assertThat(GsupMessageType.fromCode(0x4e)).isEqualTo(GsupMessageType.ROUTING_ERROR);
        assertThatThrownBy(GsupMessageType.UNKNOWN::code).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyListedTypeRoundTripsThroughItsCode() {
        for (GsupMessageType type : GsupMessageType.values()) {
            if (type != GsupMessageType.UNKNOWN) {
                assertThat(GsupMessageType.fromCode(type.code())).isEqualTo(type);
            }
        }
    }
}
