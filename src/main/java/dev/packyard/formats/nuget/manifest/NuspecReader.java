package dev.packyard.formats.nuget.manifest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a .nuspec, whatever schema namespace it declares (elements are matched by local name), with DTDs and
 * external entities refused: a nuspec comes from anyone who can publish.
 */
public final class NuspecReader {
    private NuspecReader() {
    }

    public static Nuspec read(byte[] xml) throws IOException {
        Element root = parse(xml).getDocumentElement();
        if (root == null || !localName(root).equals("package")) {
            throw new IOException("not a .nuspec (its root element is not <package>)");
        }
        Element metadata = child(root, "metadata");
        if (metadata == null) {
            throw new IOException("the .nuspec has no <metadata>");
        }
        String id = text(metadata, "id");
        String version = text(metadata, "version");
        if (id == null || version == null) {
            throw new IOException("the .nuspec's <metadata> needs an <id> and a <version>");
        }
        Element license = child(metadata, "license");
        String licenseExpression = license != null && "expression".equalsIgnoreCase(license.getAttribute("type"))
                ? blankToNull(license.getTextContent()) : null;
        Element repository = child(metadata, "repository");
        return new Nuspec(id, version, text(metadata, "authors"), text(metadata, "description"), text(metadata, "summary"),
                text(metadata, "title"), text(metadata, "projectUrl"), licenseExpression, text(metadata, "licenseUrl"),
                text(metadata, "tags"), repository == null ? null : blankToNull(repository.getAttribute("url")),
                dependencyGroups(child(metadata, "dependencies")));
    }

    /** Either {@code <group targetFramework=…>} elements or, in older nuspecs, dependencies straight inside. */
    private static List<Nuspec.DependencyGroup> dependencyGroups(Element dependencies) {
        List<Nuspec.DependencyGroup> groups = new ArrayList<>();
        if (dependencies == null) {
            return groups;
        }
        List<Element> groupElements = children(dependencies, "group");
        if (groupElements.isEmpty()) {
            List<Nuspec.Dependency> flat = dependencies(dependencies);
            if (!flat.isEmpty()) {
                groups.add(new Nuspec.DependencyGroup(null, flat));
            }
            return groups;
        }
        for (Element group : groupElements) {
            groups.add(new Nuspec.DependencyGroup(blankToNull(group.getAttribute("targetFramework")), dependencies(group)));
        }
        return groups;
    }

    private static List<Nuspec.Dependency> dependencies(Element parent) {
        List<Nuspec.Dependency> out = new ArrayList<>();
        for (Element dependency : children(parent, "dependency")) {
            String id = blankToNull(dependency.getAttribute("id"));
            if (id != null) {
                out.add(new Nuspec.Dependency(id, blankToNull(dependency.getAttribute("version"))));
            }
        }
        return out;
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the .nuspec is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : blankToNull(child.getTextContent());
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
