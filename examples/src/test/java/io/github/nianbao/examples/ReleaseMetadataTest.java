package io.github.nianbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The pom metadata a Maven Central release needs, on the parent (inherited) and on the BOM. */
class ReleaseMetadataTest {

  @Test
  void theParentAndTheBomCarryLicenceScmDevelopersAndUrl() throws Exception {
    for (String pom : List.of("../pom.xml", "../bom/pom.xml")) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document d = f.newDocumentBuilder().parse(Path.of(pom).toFile());
      for (String element :
          List.of("name", "description", "url", "license", "developer", "connection")) {
        assertTrue(d.getElementsByTagName(element).getLength() > 0, pom + " has no " + element);
      }
      org.w3c.dom.Element scm = (org.w3c.dom.Element) d.getElementsByTagName("scm").item(0);
      assertEquals(
          "https://github.com/nianbao/nianbao",
          scm.getElementsByTagName("url").item(0).getTextContent().strip(),
          pom);
    }
  }
}
