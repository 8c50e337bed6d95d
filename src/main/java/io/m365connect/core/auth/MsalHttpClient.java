package io.m365connect.core.auth;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MSAL's HTTP seam over our {@link JdkHttpTransport}. MSAL's own client cannot authenticate to a proxy per
 * application and waits forever by default; this one follows {@code HttpSettings} and the cancel signal.
 */
final class MsalHttpClient implements IHttpClient {
    private final JdkHttpTransport transport;

    MsalHttpClient(JdkHttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        Map<String, String> headers = request.headers() == null ? Map.of() : request.headers();
        JdkHttpTransport.Answer answer = transport.send(request.url().toURI(), request.httpMethod().methodName,
                headers, request.body());
        HttpResponse response = new HttpResponse().statusCode(answer.status()).body(answer.body());
        Map<String, List<String>> copy = new HashMap<>(answer.headers());
        copy.remove(":status");
        response.addHeaders(copy);
        return response;
    }
}
