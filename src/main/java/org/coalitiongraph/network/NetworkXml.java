package org.coalitiongraph.network;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link Network} as GEXF 1.3 or GraphML, the files Gephi (and Cytoscape, yEd, NetworkX) open:
 * nodes with label, kind, regional group, degree, weighted degree and community; undirected edges
 * with weight and shared. The XML writer escapes names; characters XML 1.0 cannot hold are dropped.
 */
final class NetworkXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private NetworkXml() {
    }

    static byte[] gexf(Network network, String description) {
        return write(xml -> {
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace("http://gexf.net/1.3");
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            element(xml, "creator", "Coalition Graph");
            element(xml, "description", description);
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", "static");
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "node");
            gexfAttribute(xml, "kind", "kind", "string");
            gexfAttribute(xml, "regionalGroup", "regional group", "string");
            gexfAttribute(xml, "degree", "degree", "integer");
            gexfAttribute(xml, "weightedDegree", "weighted degree", "double");
            gexfAttribute(xml, "community", "community", "integer");
            xml.writeEndElement();
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "edge");
            gexfAttribute(xml, "shared", "shared", "integer");
            xml.writeEndElement();
            xml.writeStartElement("nodes");
            for (var node : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", clean(node.id()));
                xml.writeAttribute("label", clean(node.label()));
                xml.writeStartElement("attvalues");
                attvalue(xml, "kind", node.kind().name());
                if (node.regionalGroup() != null) {
                    attvalue(xml, "regionalGroup", node.regionalGroup());
                }
                attvalue(xml, "degree", Integer.toString(node.degree()));
                attvalue(xml, "weightedDegree", Double.toString(node.weightedDegree()));
                attvalue(xml, "community", Integer.toString(node.community()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            List<NetworkEdge> edges = network.edges();
            for (int e = 0; e < edges.size(); e++) {
                var edge = edges.get(e);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", Integer.toString(e));
                xml.writeAttribute("source", clean(edge.source()));
                xml.writeAttribute("target", clean(edge.target()));
                xml.writeAttribute("weight", Double.toString(edge.weight()));
                xml.writeStartElement("attvalues");
                attvalue(xml, "shared", Integer.toString(edge.shared()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    static byte[] graphMl(Network network, String description) {
        return write(xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            element(xml, "desc", description);
            key(xml, "label", "node", "string");
            key(xml, "kind", "node", "string");
            key(xml, "regionalGroup", "node", "string");
            key(xml, "degree", "node", "int");
            key(xml, "weightedDegree", "node", "double");
            key(xml, "community", "node", "int");
            key(xml, "weight", "edge", "double");
            key(xml, "shared", "edge", "int");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "network");
            xml.writeAttribute("edgedefault", "undirected");
            for (var node : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", clean(node.id()));
                data(xml, "label", node.label());
                data(xml, "kind", node.kind().name());
                if (node.regionalGroup() != null) {
                    data(xml, "regionalGroup", node.regionalGroup());
                }
                data(xml, "degree", Integer.toString(node.degree()));
                data(xml, "weightedDegree", Double.toString(node.weightedDegree()));
                data(xml, "community", Integer.toString(node.community()));
                xml.writeEndElement();
            }
            List<NetworkEdge> edges = network.edges();
            for (int e = 0; e < edges.size(); e++) {
                var edge = edges.get(e);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + e);
                xml.writeAttribute("source", clean(edge.source()));
                xml.writeAttribute("target", clean(edge.target()));
                data(xml, "weight", Double.toString(edge.weight()));
                data(xml, "shared", Integer.toString(edge.shared()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the network as XML", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void gexfAttribute(XMLStreamWriter xml, String id, String title, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", title);
        xml.writeAttribute("type", type);
    }

    private static void attvalue(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", key);
        xml.writeAttribute("value", clean(value));
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", id);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 cannot hold (most control characters, lone surrogates). */
    static String clean(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
