package dev.packyard.server.packages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Publishes to the fixture's {@code app} repository the way the package managers do on the wire: npm's PUT of a
 * document with the tarball attached, twine's multipart upload, Maven's PUT of each file then the metadata.
 */
final class ClientUploads {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private final PackageServerFixture f;

    ClientUploads(PackageServerFixture f) {
        this.f = f;
    }

    /** {@code npm publish} of a tarball whose package.json is {@code manifest}. */
    void npm(String manifest, byte[] tarball) throws Exception {
        ObjectNode version = (ObjectNode) JSON.readTree(manifest);
        String name = version.get("name").asText();
        String v = version.get("version").asText();
        String file = (name.contains("/") ? name.substring(name.indexOf('/') + 1) : name) + "-" + v + ".tgz";
        version.putObject("dist")
                .put("integrity", "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", tarball)))
                .put("shasum", HexFormat.of().formatHex(digest("SHA-1", tarball)))
                .put("tarball", "http://localhost/" + file);
        ObjectNode doc = JSON.createObjectNode().put("_id", name).put("name", name);
        doc.putObject("dist-tags").put("latest", v);
        doc.putObject("versions").set(v, version);
        doc.putObject("_attachments").putObject(file).put("content_type", "application/octet-stream")
                .put("data", Base64.getEncoder().encodeToString(tarball)).put("length", tarball.length);
        expect(200, f.authorized(f.endpoint("npm", "app") + name.replace("/", "%2f"))
                .put(RequestBody.create(JSON.writeValueAsBytes(doc), MediaType.get("application/json"))).build());
    }

    /** {@code twine upload} of one distribution file. */
    void pypi(String name, String version, String fileName, byte[] content) throws Exception {
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart(":action", "file_upload")
                .addFormDataPart("protocol_version", "1")
                .addFormDataPart("name", name)
                .addFormDataPart("version", version)
                .addFormDataPart("sha256_digest", HexFormat.of().formatHex(digest("SHA-256", content)))
                .addFormDataPart("content", fileName, RequestBody.create(content, OCTETS))
                .build();
        expect(200, new Request.Builder().url(f.endpoint("pypi", "app")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("aws:" + f.token).getBytes())).post(body).build());
    }

    /** {@code mvn deploy}: each file of the version in the given order, then maven-metadata.xml publishes it. */
    void maven(String groupId, String artifactId, String version, Map<String, byte[]> files, boolean finish) throws Exception {
        String dir = f.endpoint("maven", "app") + groupId.replace('.', '/') + "/" + artifactId + "/";
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            expect(201, f.authorized(dir + version + "/" + file.getKey()).put(RequestBody.create(file.getValue(), OCTETS)).build());
        }
        if (finish) {
            String metadata = "<metadata><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId>"
                    + "<versioning><versions><version>" + version + "</version></versions></versioning></metadata>";
            expect(201, f.authorized(dir + "maven-metadata.xml").put(RequestBody.create(metadata.getBytes(), OCTETS)).build());
        }
    }

    /** A GET through {@code app} that fetches the file from the demo registry, which keeps the version. */
    void fetch(String format, String path) throws Exception {
        expect(200, f.authorized(f.endpoint(format, "app") + path).build());
    }

    private void expect(int status, Request request) throws Exception {
        PackageServerFixture.Answer answer = f.call(request);
        if (answer.status() != status) {
            throw new AssertionError(request.method() + " " + request.url() + " answered " + answer.status() + ": "
                    + answer.body());
        }
    }

    private static byte[] digest(String algorithm, byte[] content) throws Exception {
        return MessageDigest.getInstance(algorithm).digest(content);
    }
}
