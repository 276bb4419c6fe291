package org.dgsm.dialplan.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One per connection. Answers arrive asynchronously (a lookup may take a second); they are written in request
 * order, as HTTP/1.1 pipelining requires, and reading pauses while too many requests wait for an answer.
 */
final class DialplanHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    static final int MAX_PENDING_REQUESTS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(DialplanHttpHandler.class);

    private final DialplanRoutes routes;
    private CompletableFuture<Void> lastWritten = CompletableFuture.completedFuture(null);
    private int pending;

    DialplanHttpHandler(DialplanRoutes routes) {
        this.routes = routes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            LOG.debug("malformed HTTP request from {}: {}", ctx.channel().remoteAddress(),
                    request.decoderResult().cause().toString());
            HttpAnswer answer = HttpAnswer.json(400, LookupJson.error("bad-request", "malformed HTTP request"));
            enqueue(ctx, CompletableFuture.completedFuture(answer), false);
            return;
        }
        String body = request.content().toString(StandardCharsets.UTF_8);
        CompletableFuture<HttpAnswer> answer = routes.handle(request.method().name(), request.uri(), body);
        enqueue(ctx, answer, HttpUtil.isKeepAlive(request));
    }

    private void enqueue(ChannelHandlerContext ctx, CompletableFuture<HttpAnswer> answer, boolean keepAlive) {
        if (++pending >= MAX_PENDING_REQUESTS) {
            ctx.channel().config().setAutoRead(false);
        }
        CompletableFuture<Void> previous = lastWritten;
        lastWritten = previous.thenCombine(answer, (ignored, a) -> a)
                .thenAccept(a -> ctx.executor().execute(() -> write(ctx, a, keepAlive)));
    }

    private void write(ChannelHandlerContext ctx, HttpAnswer answer, boolean keepAlive) {
        if (--pending < MAX_PENDING_REQUESTS && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
        if (!ctx.channel().isActive()) {
            return;
        }
        ByteBuf content = Unpooled.copiedBuffer(answer.body(), StandardCharsets.UTF_8);
        // always HTTP/1.1: the version of a request that failed to decode is not known
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(answer.status()), content);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            response.headers().set(header.getKey(), header.getValue());
        }
        if (keepAlive) {
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            LOG.debug("closing idle HTTP connection from {}", ctx.channel().remoteAddress());
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("HTTP connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
