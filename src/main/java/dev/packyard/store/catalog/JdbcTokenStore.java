package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.service.persistence.TokenStore;
import dev.packyard.service.tokens.TokenGrant;
import dev.packyard.store.db.Jdbc;
import java.time.Instant;
import java.util.Optional;

public final class JdbcTokenStore implements TokenStore {
    private final Jdbc jdbc;

    public JdbcTokenStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(String tokenSha256, TokenGrant grant) {
        jdbc.update("INSERT INTO auth_token (token_sha256, domain_owner, domain_name, issued_ms, expires_ms) "
                        + "VALUES (?, ?, ?, ?, ?)", tokenSha256, grant.domain().owner(), grant.domain().name(),
                grant.issued().toEpochMilli(), grant.expiration().toEpochMilli());
    }

    @Override
    public Optional<TokenGrant> find(String tokenSha256) {
        return jdbc.queryOne("SELECT domain_owner, domain_name, issued_ms, expires_ms FROM auth_token WHERE token_sha256 = ?",
                rs -> new TokenGrant(new DomainId(rs.getString(1), rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4))), tokenSha256);
    }

    @Override
    public int deleteExpired(Instant now) {
        return jdbc.update("DELETE FROM auth_token WHERE expires_ms <= ?", now.toEpochMilli());
    }
}
