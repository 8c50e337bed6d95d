#!/usr/bin/env bash
# Makes the certificate fixtures of the token tests with openssl (run from this folder).
# client.pfx / client.pem / client-key.pem: an app certificate and key (RSA 2048) for client assertions.
# extra-ca.pem: a CA that no JDK trusts, for the --trust-ca tests.
set -euo pipefail
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=M365 Connect test app" \
  -keyout client-key.pem -out client-cert.pem
cat client-cert.pem client-key.pem > client.pem
openssl pkcs12 -export -in client-cert.pem -inkey client-key.pem -passout pass:fixture-pass -out client.pfx
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=M365 Connect test extra CA" \
  -addext "basicConstraints=critical,CA:TRUE" -keyout /dev/null -out extra-ca.pem
