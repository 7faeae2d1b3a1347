package io.github.nianbao.serialization.internal.json;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.FormatVersion;
import io.github.nianbao.core.ReportSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nesting of the JSON format, derived from the model: the tree of the paths of {@link
 * CellAddress#all()}, whose segments are the keys of the core enums ({@code ReportSection.key()},
 * {@code DisclosureRow.key()}, {@code DisclosureRow2019.key()}, {@code ApplicationRow.key()},
 * {@code ApplicantCategory.key()} …). No table key is written here as a literal.
 *
 * <p>One tree holds both format versions, so that a reader that does not know the version yet (its
 * {@code formatVersion} comes after the tables) can still place every key: a node knows in which
 * versions it is an object and in which it is a cell — {@code activeDisclosure.licensing} is a cell
 * in 2021 and an object of three cells in 2019 — and lists its children of each version in that
 * version's printed order ({@link CellAddress#all(FormatVersion)}).
 */
final class Layout {

  /** One object or one cell of the tables, in either version or both. */
  static final class Node {
    final String key;
    final String path;

    /** The cell at this path, in the versions it {@linkplain CellAddress#appliesTo applies to}. */
    private CellAddress cell;

    /** The versions in which this path is an object. */
    private final Set<FormatVersion> objectIn = EnumSet.noneOf(FormatVersion.class);

    /** The children of every version, by key. */
    final Map<String, Node> children = new LinkedHashMap<>();

    /** The position of this node among its parent's {@link #children}. */
    final int index;

    private final Map<FormatVersion, List<Node>> childrenIn = new EnumMap<>(FormatVersion.class);
    private final Map<FormatVersion, List<CellAddress>> cellsIn =
        new EnumMap<>(FormatVersion.class);
    private Set<FormatVersion> versions;

    /** The versions in which the path is a cell, once frozen. */
    private Set<FormatVersion> cellIn;

    /** Whether the path is a cell (an object) in every version that has it: no shape to check. */
    private boolean alwaysCell;

    private boolean alwaysObject;

    private Node(String key, String path, int index) {
      this.index = index;
      this.key = key;
      this.path = path;
    }

    /** Whether the path is a cell in some version. */
    boolean hasCell() {
      return cell != null;
    }

    /** Whether the path is an object in some version. */
    boolean hasObject() {
      return !objectIn.isEmpty();
    }

    /** The cell at this path; {@code null} if it is a cell in no version. */
    CellAddress cell() {
      return cell;
    }

    /** Whether the path is a cell in the version. */
    boolean isCellIn(FormatVersion v) {
      return cell != null && cell.appliesTo(v);
    }

    /** The versions in which the path is a cell. */
    Set<FormatVersion> cellVersions() {
      return cellIn != null ? cellIn : computeCellVersions();
    }

    /** Whether the path is a cell in every version that has it (computed once, when frozen). */
    boolean alwaysCell() {
      return alwaysCell;
    }

    /** Whether the path is an object in every version that has it (computed once, when frozen). */
    boolean alwaysObject() {
      return alwaysObject;
    }

    private Set<FormatVersion> computeCellVersions() {
      Set<FormatVersion> s = EnumSet.noneOf(FormatVersion.class);
      for (FormatVersion v : FormatVersion.values()) {
        if (isCellIn(v)) {
          s.add(v);
        }
      }
      return s;
    }

    /** The versions in which the path is an object. */
    Set<FormatVersion> objectVersions() {
      return objectIn;
    }

    /** The versions that have this path, as a cell or as an object. */
    Set<FormatVersion> versions() {
      return versions;
    }

    /** Whether every version has this path. */
    boolean inEveryVersion() {
      return versions.size() == FormatVersion.values().length;
    }

    /** The children of a version in its printed order; empty where the path is no object. */
    List<Node> children(FormatVersion v) {
      return childrenIn.getOrDefault(v, List.of());
    }

    /** Whether the path is, in the version, an object of cells only: a table row, on one line. */
    boolean isRow(FormatVersion v) {
      return objectIn.contains(v) && children(v).stream().allMatch(c -> c.isCellIn(v));
    }

    /** The cells of a version at and below this node, in printed order. */
    List<CellAddress> cells(FormatVersion v) {
      return cellsIn.getOrDefault(v, List.of());
    }

    private void freeze() {
      for (Node c : children.values()) {
        c.freeze();
      }
      Set<FormatVersion> cellShape = computeCellVersions();
      Set<FormatVersion> all = EnumSet.copyOf(cellShape);
      all.addAll(objectIn);
      versions = Collections.unmodifiableSet(all);
      cellIn = Collections.unmodifiableSet(cellShape);
      alwaysCell = cellShape.containsAll(all);
      alwaysObject = objectIn.containsAll(all);
      for (FormatVersion v : FormatVersion.values()) {
        List<CellAddress> cells = new ArrayList<>();
        if (isCellIn(v)) {
          cells.add(cell);
        } else {
          for (Node c : children(v)) {
            cells.addAll(c.cells(v));
          }
        }
        cellsIn.put(v, List.copyOf(cells));
        childrenIn.computeIfPresent(v, (k, l) -> List.copyOf(l));
      }
    }
  }

  private static final Map<String, Node> TABLES = build();

  private Layout() {}

  private static Map<String, Node> build() {
    Node root = new Node("", "", 0);
    for (FormatVersion v : FormatVersion.values()) {
      for (CellAddress a : CellAddress.all(v)) {
        String[] keys = a.path().split("\\.");
        Node n = root;
        for (int i = 0; i < keys.length; i++) {
          // interned like the field names of Jackson's parsers, so that a lookup by a parsed name
          // finds its key by identity before it compares characters
          String k = keys[i].intern();
          String path = n.path.isEmpty() ? k : n.path + "." + k;
          Node parent = n;
          if (parent != root) {
            parent.objectIn.add(v);
          }
          n = parent.children.computeIfAbsent(k, x -> new Node(x, path, parent.children.size()));
          List<Node> siblings = parent.childrenIn.computeIfAbsent(v, x -> new ArrayList<>());
          if (!siblings.contains(n)) {
            siblings.add(n);
          }
        }
        if (n.cell != null && n.cell != a) {
          throw new AssertionError("two cells have the path " + a.path());
        }
        n.cell = a;
      }
    }
    for (Node t : root.children.values()) {
      t.freeze();
    }
    return Collections.unmodifiableMap(root.children);
  }

  /**
   * Returns the tree of a table.
   *
   * @param table one of the three tables
   * @return its root, keyed by {@link ReportSection#key()}
   */
  static Node table(ReportSection table) {
    Node n = TABLES.get(table.key());
    if (n == null) {
      throw new IllegalArgumentException(table + " is not a table");
    }
    return n;
  }
}
