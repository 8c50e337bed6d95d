package io.m365connect.core.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as text, but never more than a limit: a sign-in or API reply is a few kilobytes, and a
 * misconfigured proxy or a hostile server must not fill the memory. Past the limit the download is cancelled and
 * the request fails with {@link TooLarge}.
 */
public final class BoundedBody {
    /** Far above any token, error or Graph page we read; far below what hurts. */
    public static final int DEFAULT_LIMIT = 4 * 1024 * 1024;

    private BoundedBody() {
    }

    /** The reply was cut off at the limit; {@link #getMessage()} says so in plain words. */
    public static final class TooLarge extends IOException {
        private final int limit;

        TooLarge(int limit) {
            super(String.format("The reply was larger than %,d bytes and was not read to the end.", limit));
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    public static HttpResponse.BodyHandler<String> ofString() {
        return ofString(DEFAULT_LIMIT);
    }

    public static HttpResponse.BodyHandler<String> ofString(int limit) {
        return info -> new Subscriber(limit);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<String> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (bytes.size() + b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(limit));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
