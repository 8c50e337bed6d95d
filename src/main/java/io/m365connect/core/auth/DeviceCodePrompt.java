package io.m365connect.core.auth;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** What the person needs to sign in on another device: the code, where to enter it, and until when. */
public record DeviceCodePrompt(String userCode, URI verificationUri, Instant expiresAt, Duration pollInterval,
                               String message) {
}
