package io.m365connect.core.probe;

import io.m365connect.core.net.HttpSettings;
import io.m365connect.core.tenant.Cloud;

/** Opens {@link FakeService} to tests in other packages. */
public final class FakeServices implements AutoCloseable {
    private final FakeService service;

    public FakeServices() throws Exception {
        service = new FakeService();
    }

    public FakeServices answer(int status, String body) {
        service.answer(status, body);
        return this;
    }

    public Cloud cloud() {
        return service.cloud();
    }

    public int requests() {
        return service.seen.size();
    }

    public static HttpSettings trusting() throws Exception {
        return FakeService.trusting();
    }

    @Override
    public void close() {
        service.close();
    }
}
