package io.m365connect.core.net;

import io.m365connect.core.common.Cancellation;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One request that Cancel can stop while it waits: sign-in, tenant lookup and the probes all send this way. A
 * cancel or an interrupt ends in {@link CancellationException}; any other failure is an {@link IOException} with
 * the client's own cause, for {@link NetworkFailure} to explain.
 */
public final class CancellableSend {
    private CancellableSend() {
    }

    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body,
                                           Cancellation cancellation) throws IOException {
        cancellation.throwIfCancelled();
        CompletableFuture<HttpResponse<T>> future = client.sendAsync(request, body);
        cancellation.onCancel(() -> future.cancel(true));
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            cancellation.throwIfCancelled();
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "request failed" : cause.toString(), cause);
        }
    }
}
