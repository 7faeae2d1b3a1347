package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * nianbao-bom says what the build uses: the SDK's version, every library module's artifact, and the
 * JUnit and jqwik versions the SDK is tested with.
 */
class BomTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  private static String child(Element e, String name) {
    NodeList l = e.getChildNodes();
    for (int i = 0; i < l.getLength(); i++) {
      if (l.item(i) instanceof Element c && c.getTagName().equals(name)) {
        return c.getTextContent().strip();
      }
    }
    return null;
  }

  private static String property(Document pom, String name) {
    NodeList l = pom.getElementsByTagName(name);
    return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
  }

  @Test
  void theBomListsEveryLibraryAndTheTestedVersions() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    Document bom = parse(ROOT.resolve("bom/pom.xml"));
    String version = child(parent.getDocumentElement(), "version");
    assertEquals(version, child(bom.getDocumentElement(), "version"));
    assertEquals(version, property(bom, "nianbao.version"));
    assertEquals(property(parent, "junit.version"), property(bom, "junit.version"));
    assertEquals(property(parent, "jqwik.version"), property(bom, "jqwik.version"));
    assertEquals("1.9.3", property(bom, "jqwik.version"));

    // the library modules: every module but the BOM, the examples and the benchmarks
    TreeSet<String> libraries = new TreeSet<>();
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String m = modules.item(i).getTextContent().strip();
      if (!List.of("bom", "examples", "benchmarks").contains(m)) {
        Document pom = parse(ROOT.resolve(m).resolve("pom.xml"));
        libraries.add(child(pom.getDocumentElement(), "artifactId"));
      }
    }
    TreeSet<String> listed = new TreeSet<>();
    NodeList deps = bom.getElementsByTagName("dependency");
    List<String> others = new ArrayList<>();
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      if ("io.github.nianbao".equals(child(d, "groupId"))) {
        listed.add(child(d, "artifactId"));
      } else {
        others.add(child(d, "groupId") + ":" + child(d, "artifactId"));
      }
    }
    assertTrue(libraries.size() >= 5, libraries.toString());
    assertEquals(libraries, listed);
    assertEquals(List.of("org.junit:junit-bom", "net.jqwik:jqwik", "net.jqwik:jqwik-api"), others);
    assertTrue(Files.exists(ROOT.resolve("bom/pom.xml")));
  }
}
