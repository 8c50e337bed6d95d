package io.m365connect.core.auth;

/** What a token request ends with: a token, or a failure explained for a person. */
public sealed interface TokenResult permits AccessToken, AuthFailure {
}
