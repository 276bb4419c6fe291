package org.dgsm.node.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.dgsm.hlr.gsup.GsupMessage;
import org.junit.jupiter.api.Test;

class GsupBenchConfigTest {

    private static final InetSocketAddress TARGET = new InetSocketAddress("127.0.0.1", 4222);

    @Test
    void parsesTargetsWithAndWithoutPort() {
        assertThat(GsupBenchConfig.parseTarget("127.0.0.2:4999")).isEqualTo(new InetSocketAddress("127.0.0.2", 4999));
        assertThat(GsupBenchConfig.parseTarget("127.0.0.2").getPort()).isEqualTo(4222);
        assertThat(GsupBenchConfig.parseTarget("[::1]:5000").getPort()).isEqualTo(5000);
    }

    @Test
    void rejectsTargetsThatAreNotIpAndPort() {
        assertThatThrownBy(() -> GsupBenchConfig.parseTarget("hlr.example:4222"))
                .hasMessageContaining("not an IP address in 'hlr.example:4222'");
        assertThatThrownBy(() -> GsupBenchConfig.parseTarget("127.0.0.1:0")).hasMessageContaining("port");
        assertThatThrownBy(() -> GsupBenchConfig.parseTarget("127.0.0.1:x")).hasMessageContaining("port");
    }

    @Test
    void parsesOpsAndCnDomains() {
        assertThat(GsupBenchOp.parse("sai")).isEqualTo(GsupBenchOp.SAI);
        assertThat(GsupBenchOp.parse("LU")).isEqualTo(GsupBenchOp.LU);
        assertThatThrownBy(() -> GsupBenchOp.parse("purge")).hasMessageContaining("sai or lu");
        assertThat(GsupBenchConfig.parseCnDomain("ps")).isEqualTo(GsupMessage.CN_DOMAIN_PS);
        assertThat(GsupBenchConfig.parseCnDomain("CS")).isEqualTo(GsupMessage.CN_DOMAIN_CS);
        assertThatThrownBy(() -> GsupBenchConfig.parseCnDomain("eps")).hasMessageContaining("cs or ps");
    }

    @Test
    void boundsCountAndConcurrencyAndChecksImsis() {
        assertThatThrownBy(() -> GsupBenchConfig.of(TARGET, GsupBenchOp.SAI, List.of("901700000024701"), 0, 1))
                .hasMessageContaining("count");
        assertThatThrownBy(() -> GsupBenchConfig.of(TARGET, GsupBenchOp.SAI, List.of("901700000024701"), 1_000_001, 1))
                .hasMessageContaining("count");
        assertThatThrownBy(() -> GsupBenchConfig.of(TARGET, GsupBenchOp.SAI, List.of("901700000024701"), 1, 0))
                .hasMessageContaining("concurrency");
        assertThatThrownBy(() -> GsupBenchConfig.of(TARGET, GsupBenchOp.SAI, List.of("90170"), 1, 1))
                .hasMessageContaining("IMSI");
        assertThatThrownBy(() -> GsupBenchConfig.of(TARGET, GsupBenchOp.SAI, List.of(), 1, 1))
                .hasMessageContaining("IMSI");
    }
}
