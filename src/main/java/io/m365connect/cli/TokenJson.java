package io.m365connect.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.m365connect.core.auth.AccessToken;
import io.m365connect.core.auth.AuthFailure;
import io.m365connect.core.auth.TokenSummary;
import java.util.List;

/** The {@code token --json} documents: claims and summary, or the failure with its ticket fields. */
final class TokenJson {
    private TokenJson() {
    }

    static ObjectNode token(AccessToken token, TokenSummary summary) {
        ObjectNode doc = Json.object();
        doc.put("ok", true);
        doc.put("obtainedWith", token.obtainedWith().id());
        doc.put("expiresOn", token.expiresOn().toString());
        strings(doc.putArray("grantedScopes"), token.grantedScopes());
        token.claims().ifPresent(c -> {
            ObjectNode claims = doc.putObject("claims");
            claims.put("audience", c.audience());
            claims.put("tenantId", c.tenantId());
            claims.put("appId", c.appId());
            c.user().ifPresent(u -> claims.put("user", u));
            c.objectId().ifPresent(o -> claims.put("objectId", o));
            strings(claims.putArray("roles"), c.roles());
            strings(claims.putArray("scopes"), c.scopes());
            strings(claims.putArray("directoryRoleIds"), c.directoryRoleIds());
            claims.put("clientAuth", c.clientAuth().name().toLowerCase(java.util.Locale.ROOT));
            claims.put("appOnly", c.isAppOnly());
        });
        ObjectNode lines = doc.putObject("summary");
        summary.lines().forEach(l -> lines.put(l.label(), l.value()));
        return doc;
    }

    static ObjectNode failure(AuthFailure f) {
        ObjectNode doc = Json.error(f.problem().summary(), f.problem().fix());
        ObjectNode e = (ObjectNode) doc.get("error");
        strings(e.putArray("likelyCauses"), f.problem().likelyCauses());
        e.put("layer", f.layer().id());
        f.aadstsCode().ifPresent(c -> e.put("aadsts", c));
        if (!f.oauthError().isEmpty()) {
            e.put("oauthError", f.oauthError());
        }
        if (!f.serverMessage().isEmpty()) {
            e.put("serverMessage", f.serverMessage());
        }
        f.correlationId().ifPresent(c -> e.put("correlationId", c));
        f.traceId().ifPresent(t -> e.put("traceId", t));
        f.timestamp().ifPresent(t -> e.put("timestamp", t));
        f.httpStatus().ifPresent(s -> e.put("httpStatus", s));
        return doc;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
