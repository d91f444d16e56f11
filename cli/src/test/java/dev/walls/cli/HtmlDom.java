package dev.walls.cli;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading a report page parsed as XML: elements by tag, one by id, a table row's cells. */
final class HtmlDom {

    private HtmlDom() {
    }

    static List<Element> elements(Node root, String tag) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagName(tag)
                : ((Element) root).getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static Element byId(Document d, String id) {
        return elements(d, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow(
                () -> new AssertionError("no element with id " + id));
    }

    static List<String> cells(Element tr) {
        List<String> cells = new ArrayList<>();
        NodeList children = tr.getChildNodes();
        for (int k = 0; k < children.getLength(); k++) {
            if (children.item(k) instanceof Element e) {
                cells.add(e.getTextContent());
            }
        }
        return cells;
    }
}
