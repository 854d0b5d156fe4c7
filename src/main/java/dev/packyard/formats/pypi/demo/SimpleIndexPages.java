package dev.packyard.formats.pypi.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;

/** The Simple Repository API in both of its forms: PEP 503 HTML and PEP 691 JSON. */
final class SimpleIndexPages {
    static final String JSON_TYPE = "application/vnd.pypi.simple.v1+json";
    static final String HTML_TYPE = "text/html; charset=utf-8";
    private static final String API_VERSION = "1.0";

    private final ObjectMapper json;

    SimpleIndexPages(ObjectMapper json) {
        this.json = json;
    }

    String rootHtml(Collection<String> projects) {
        StringBuilder html = head("Simple index");
        projects.forEach(p -> html.append("    <a href=\"").append(ProjectNames.normalize(p)).append("/\">")
                .append(escape(p)).append("</a><br/>\n"));
        return html.append("  </body>\n</html>\n").toString();
    }

    ObjectNode rootJson(Collection<String> projects) {
        ObjectNode doc = meta();
        ArrayNode list = doc.putArray("projects");
        projects.forEach(p -> list.addObject().put("name", p));
        return doc;
    }

    String projectHtml(String project, List<PypiRelease> releases, String baseUrl) {
        StringBuilder html = head("Links for " + escape(project));
        html.append("    <h1>Links for ").append(escape(project)).append("</h1>\n");
        for (PypiRelease release : releases) {
            html.append("    <a href=\"").append(release.fileUrl(baseUrl)).append("#sha256=")
                    .append(release.digests().sha256Hex()).append("\" data-requires-python=\"")
                    .append(escape(PypiRelease.REQUIRES_PYTHON)).append("\">").append(release.fileName())
                    .append("</a><br/>\n");
        }
        return html.append("  </body>\n</html>\n").toString();
    }

    ObjectNode projectJson(String project, List<PypiRelease> releases, String baseUrl) {
        ObjectNode doc = meta();
        doc.put("name", ProjectNames.normalize(project));
        ArrayNode files = doc.putArray("files");
        for (PypiRelease release : releases) {
            ObjectNode file = files.addObject();
            file.put("filename", release.fileName());
            file.put("url", release.fileUrl(baseUrl));
            file.putObject("hashes").put("sha256", release.digests().sha256Hex());
            file.put("requires-python", PypiRelease.REQUIRES_PYTHON);
        }
        return doc;
    }

    private ObjectNode meta() {
        ObjectNode doc = json.createObjectNode();
        doc.putObject("meta").put("api-version", API_VERSION);
        return doc;
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html>\n  <head>\n")
                .append("    <meta name=\"pypi:repository-version\" content=\"").append(API_VERSION).append("\">\n")
                .append("    <title>").append(title).append("</title>\n  </head>\n  <body>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
