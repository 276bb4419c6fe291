package org.dgsm.node.interop;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastEndpoint;
import org.dgsm.mslookup.wire.MdnsHeader;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts mslookup queries on the group, so a test acts only once the clients it started have really asked. */
final class QueryWatch implements AutoCloseable {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final AtomicInteger queries = new AtomicInteger();
    private final MulticastEndpoint endpoint;

    QueryWatch() throws Exception {
        endpoint = MulticastEndpoint.open(group, MulticastConfig.defaults(), datagram -> {
            if (datagram.length >= MdnsHeader.LENGTH && !MdnsHeader.isResponse(datagram)) {
                queries.incrementAndGet();
            }
        });
    }

    void awaitQueries(int n, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (queries.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(queries.get()).as("queries seen on the group").isGreaterThanOrEqualTo(n);
    }

    @Override
    public void close() {
        endpoint.close();
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
