package dev.packyard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactedUrlTest {
    @Test
    void userAndPasswordAreRemoved() {
        assertEquals("https://pypi.example.test/simple/", RedactedUrl.of("https://aws:s3cr3t-token@pypi.example.test/simple/"));
        assertEquals("http://127.0.0.1:8642/d/x/", RedactedUrl.of("http://user@127.0.0.1:8642/d/x/"));
    }

    @Test
    void secretQueryValuesAreHidden() {
        assertEquals("https://r.example.test/p?token=***&page=2", RedactedUrl.of("https://r.example.test/p?token=abc&page=2"));
    }

    @Test
    void aUrlWithoutSecretsIsUnchanged() {
        assertEquals("https://r.example.test/a@b/c", RedactedUrl.of("https://r.example.test/a@b/c"));
    }

    @Test
    void urlsInsideATextAreRedacted() {
        assertEquals("GET https://r.example.test/x failed: 503",
                RedactedUrl.inText("GET https://u:p@r.example.test/x failed: 503"));
    }

    @Test
    void credentialsAreDetected() {
        assertTrue(RedactedUrl.hasCredentials("https://u:p@r.example.test/"));
        assertFalse(RedactedUrl.hasCredentials("https://r.example.test/"));
    }
}
