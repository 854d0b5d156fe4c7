package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * Every metadata document Packyard renders carries a strong ETag, and a client revalidating with If-None-Match gets
 * 304 and no body while the document is the same, and the new document (with a new tag) once it changed.
 */
class ConditionalMetadataTest extends PackageServerTest {
    @Test
    void packumentsFullAndAbbreviatedAnswer304UntilAVersionIsPublished() throws Exception {
        String url = f.endpoint("npm", "app") + "tree-top";
        PackageServerFixture.Answer full = f.call(f.authorized(url).build());
        String fullTag = strongTag(full);
        PackageServerFixture.Answer abbreviated = f.call(f.authorized(url).header("Accept", "application/vnd.npm.install-v1+json").build());
        String abbreviatedTag = strongTag(abbreviated);
        assertThat(abbreviatedTag).as("another document, another tag").isNotEqualTo(fullTag);

        PackageServerFixture.Answer unchanged = f.call(f.authorized(url).header("If-None-Match", fullTag).build());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().get("ETag")).isEqualTo(fullTag);
        assertThat(f.call(f.authorized(url).header("Accept", "application/vnd.npm.install-v1+json")
                .header("If-None-Match", "\"something-else\", " + abbreviatedTag).build()).status()).isEqualTo(304);
        assertThat(f.call(f.authorized(url).header("Accept", "application/vnd.npm.install-v1+json")
                .header("If-None-Match", fullTag).build()).status()).as("the full document's tag").isEqualTo(200);

        f.call(publish("tree-top-extras", "1.0.0"));
        String extras = f.endpoint("npm", "app") + "tree-top-extras";
        String before = strongTag(f.call(f.authorized(extras).build()));
        f.clock.advance(java.time.Duration.ofMinutes(1));
        f.call(publish("tree-top-extras", "1.1.0"));
        PackageServerFixture.Answer changed = f.call(f.authorized(extras).header("If-None-Match", before).build());
        assertThat(changed.status()).as("a new version changes the document").isEqualTo(200);
        assertThat(changed.body()).contains("\"1.1.0\"");
        assertThat(strongTag(changed)).isNotEqualTo(before);
    }

    @Test
    void simplePagesHtmlAndJsonAndTheIndexAnswer304() throws Exception {
        String project = f.endpoint("pypi", "app") + "simple/fetchy/";
        String html = strongTag(f.call(f.authorized(project).build()));
        String json = strongTag(f.call(f.authorized(project).header("Accept", "application/vnd.pypi.simple.v1+json").build()));
        assertThat(json).isNotEqualTo(html);
        PackageServerFixture.Answer unchanged = f.call(f.authorized(project).header("If-None-Match", html).build());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.headers().get("Content-Type")).as("pip merges a 304's headers into what it kept").startsWith("text/html");
        assertThat(f.call(f.authorized(project).header("Accept", "application/vnd.pypi.simple.v1+json")
                .header("If-None-Match", "W/" + json).build()).status()).as("weak comparison").isEqualTo(304);

        String index = f.endpoint("pypi", "app") + "simple/";
        String indexTag = strongTag(f.call(f.authorized(index).build()));
        assertThat(f.call(f.authorized(index).header("If-None-Match", indexTag).build()).status()).isEqualTo(304);
    }

    @Test
    void mavenMetadataAnswers304() throws Exception {
        String url = f.endpoint("maven", "app") + "dev/packyard/demo/alpha/maven-metadata.xml";
        PackageServerFixture.Answer first = f.call(f.authorized(url).build());
        assertThat(first.body()).contains("<version>2.0.0</version>");
        String tag = strongTag(first);
        PackageServerFixture.Answer again = f.call(f.authorized(url).header("If-None-Match", tag).build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(f.call(f.authorized(url).header("If-None-Match", "\"stale\"").build()).status()).isEqualTo(200);
    }

    private static String strongTag(PackageServerFixture.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String tag = answer.headers().get("ETag");
        assertThat(tag).as("a strong entity tag").isNotNull().startsWith("\"").endsWith("\"");
        return tag;
    }

    private Request publish(String name, String version) throws Exception {
        byte[] tarball = ("pretend tarball of " + name + " " + version).getBytes(StandardCharsets.UTF_8);
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
        String shasum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(tarball));
        String body = """
                {"_id":"%1$s","name":"%1$s","dist-tags":{"latest":"%2$s"},
                 "versions":{"%2$s":{"name":"%1$s","version":"%2$s","dist":{"integrity":"%3$s","shasum":"%4$s"}}},
                 "_attachments":{"%1$s-%2$s.tgz":{"content_type":"application/octet-stream","data":"%5$s","length":%6$d}}}
                """.formatted(name, version, integrity, shasum, Base64.getEncoder().encodeToString(tarball), tarball.length);
        return f.authorized(f.endpoint("npm", "app") + name).put(RequestBody.create(body, MediaType.get("application/json"))).build();
    }
}
