package io.github.nianbao.serialization.internal.json;

import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.ReportSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nesting of the JSON format, derived from the model: the tree of the paths of {@link
 * CellAddress#all()}, whose segments are the keys of the core enums ({@code ReportSection.key()},
 * {@code DisclosureRow.key()}, {@code ApplicationRow.key()}, {@code ApplicantCategory.key()} …).
 * No table key is written here as a literal; children keep the printed order of the cells.
 */
final class Layout {

  /** One object or one cell of the tables. */
  static final class Node {
    final String key;
    final String path;
    final CellAddress cell;
    final Map<String, Node> children = new LinkedHashMap<>();
    /** The position of this node among its parent's children. */
    final int index;
    private List<CellAddress> cells;

    private Node(String key, String path, CellAddress cell, int index) {
      this.index = index;
      this.key = key;
      this.path = path;
      this.cell = cell;
    }

    boolean isCell() {
      return cell != null;
    }

    /** Whether every child is a cell: a table row, written on one line. */
    boolean isRow() {
      return !isCell() && children.values().stream().allMatch(Node::isCell);
    }

    /** The cells at and below this node, in printed order. */
    List<CellAddress> cells() {
      if (cells == null) {
        List<CellAddress> all = new ArrayList<>();
        collect(this, all);
        cells = Collections.unmodifiableList(all);
      }
      return cells;
    }

    private static void collect(Node n, List<CellAddress> out) {
      if (n.isCell()) {
        out.add(n.cell);
      }
      for (Node c : n.children.values()) {
        collect(c, out);
      }
    }
  }

  private static final Map<String, Node> TABLES = build();

  private Layout() {}

  private static Map<String, Node> build() {
    Node root = new Node("", "", null, 0);
    for (CellAddress a : CellAddress.all()) {
      String[] keys = a.path().split("\\.");
      Node n = root;
      for (int i = 0; i < keys.length; i++) {
        // interned like the field names of Jackson's parsers, so that a lookup by a parsed name
        // finds its key by identity before it compares characters
        String k = keys[i].intern();
        boolean leaf = i == keys.length - 1;
        String path = n.path.isEmpty() ? k : n.path + "." + k;
        Node parent = n;
        n = parent.children.computeIfAbsent(
            k, x -> new Node(x, path, leaf ? a : null, parent.children.size()));
      }
    }
    // Compute the leaf lists once, so that the tree is effectively immutable when shared.
    for (Node t : root.children.values()) {
      warm(t);
    }
    return Collections.unmodifiableMap(root.children);
  }

  private static void warm(Node n) {
    n.cells();
    for (Node c : n.children.values()) {
      warm(c);
    }
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
