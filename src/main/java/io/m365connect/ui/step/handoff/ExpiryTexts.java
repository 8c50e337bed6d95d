package io.m365connect.ui.step.handoff;

import io.m365connect.core.handoff.ExpiryReminder;
import io.m365connect.core.handoff.HandoffCredential;
import io.m365connect.core.handoff.HandoffLinks;
import io.m365connect.core.handoff.HandoffSession;

/** What expires, in words, and the calendar event for it. */
final class ExpiryTexts {
    private ExpiryTexts() {
    }

    static String what(HandoffSession s) {
        return s.credential() instanceof HandoffCredential.Certificate
                ? HandoffTexts.text("handoff.what.certificate") : HandoffTexts.text("handoff.what.secret");
    }

    static ExpiryReminder.Event event(HandoffSession s) {
        return new ExpiryReminder.Event(what(s), s.recipe().title(), s.clientId(),
                s.credential().expires().orElseThrow(), HandoffLinks.credentialsPage(s).orElse(""));
    }
}
