package ca.repere.insights.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts over several {@link Hierarchy hierarchies} (every combination of their nodes is
 * a cell, each parent the sum of its children) with small-cell suppression that survives
 * subtraction. A count from 1 to {@code threshold - 1} is suppressed (primary suppression), and so
 * is, around it, a "hypercube" of complementary cells: in every dimension the cell's node and one
 * sibling, each with one chain of descendants down to the leaves (going up first while the node is
 * an only child). Giving the cube's cells alternately +1 and -1 keeps every sum in the table
 * unchanged and touches no published cell, so no combination of published figures, from one answer
 * or many, can tell the suppressed count. A small count that an earlier cube already passes through
 * needs no cube of its own (that cube already moves it unseen). Zero is published: it describes
 * nobody.
 *
 * <p>Decisions depend only on the whole table, never on a query, so every answer is cut from the
 * same pattern.
 */
public final class ProtectedTable {

  private final Hierarchy[] dims;
  private final int[] strides;
  private final long[] values;
  private final boolean[] suppressed;
  private final boolean[] inCube;
  private final int threshold;

  private ProtectedTable(Hierarchy[] dims, long[] leafValues, int threshold) {
    this.dims = dims;
    this.strides = new int[dims.length];
    int stride = 1;
    for (int d = dims.length - 1; d >= 0; d--) {
      strides[d] = stride;
      stride = Math.multiplyExact(stride, dims[d].size());
    }
    this.values = leafValues;
    this.suppressed = new boolean[values.length];
    this.inCube = new boolean[values.length];
    this.threshold = threshold;
  }

  /** Collects the counts of leaf cells (a leaf in every dimension), then protects the table. */
  public static final class Builder {
    private final Hierarchy[] dims;
    private final long[] values;
    private final int[] strides;

    public Builder(Hierarchy... dims) {
      this.dims = dims.clone();
      this.strides = new int[dims.length];
      int stride = 1;
      for (int d = dims.length - 1; d >= 0; d--) {
        strides[d] = stride;
        stride = Math.multiplyExact(stride, dims[d].size());
      }
      this.values = new long[stride];
    }

    /** Adds to a leaf cell's count. */
    public Builder add(long count, int... nodes) {
      int cell = 0;
      for (int d = 0; d < dims.length; d++) {
        if (!dims[d].partitions(nodes[d]).isEmpty()) {
          throw new IllegalArgumentException(dims[d].code(nodes[d]) + " is not a leaf");
        }
        cell += nodes[d] * strides[d];
      }
      values[cell] += count;
      return this;
    }

    public ProtectedTable protect(int threshold) {
      ProtectedTable table = new ProtectedTable(dims, values, threshold);
      table.sumUp();
      table.suppress();
      return table;
    }
  }

  public Hierarchy dimension(int d) {
    return dims[d];
  }

  /** The count of a cell, published or not (for tests and for the module's own checks). */
  public long value(int... nodes) {
    return values[cell(nodes)];
  }

  public boolean published(int... nodes) {
    return !suppressed[cell(nodes)];
  }

  /** The published count, or null when suppressed. */
  public Long publishedValue(int... nodes) {
    int cell = cell(nodes);
    return suppressed[cell] ? null : values[cell];
  }

  public int threshold() {
    return threshold;
  }

  private int cell(int... nodes) {
    int cell = 0;
    for (int d = 0; d < dims.length; d++) {
      cell += nodes[d] * strides[d];
    }
    return cell;
  }

  /** Every parent becomes the sum of its first partition of children, dimension by dimension. */
  private void sumUp() {
    for (int d = 0; d < dims.length; d++) {
      int size = dims[d].size();
      int stride = strides[d];
      int outer = values.length / (size * stride);
      Hierarchy dim = dims[d];
      int[] parents =
          java.util.Arrays.stream(dim.childrenFirst())
              .filter(node -> !dim.partitions(node).isEmpty())
              .toArray();
      int[][] children = new int[parents.length][];
      for (int p = 0; p < parents.length; p++) {
        children[p] =
            dims[d].partitions(parents[p]).get(0).stream().mapToInt(Integer::intValue).toArray();
      }
      for (int o = 0; o < outer; o++) {
        for (int i = 0; i < stride; i++) {
          int base = o * size * stride + i;
          for (int p = 0; p < parents.length; p++) {
            long sum = 0;
            for (int child : children[p]) {
              sum += values[base + child * stride];
            }
            values[base + parents[p] * stride] = sum;
          }
        }
      }
    }
  }

  /**
   * Hidden cells first, then a cube around every small count that no earlier cube passes through: a
   * cube through a cell already gives it a +1/-1 that no published figure or sum can see, which is
   * all a small count needs (and far fewer complements are lost).
   */
  private void suppress() {
    for (int cell = 0; cell < values.length; cell++) {
      if (hidden(cell)) {
        suppressed[cell] = true;
      }
    }
    for (int cell = 0; cell < values.length; cell++) {
      if (values[cell] > 0 && values[cell] < threshold && !inCube[cell]) {
        suppressCube(cell);
      }
    }
  }

  private boolean hidden(int cell) {
    for (int d = 0; d < dims.length; d++) {
      if (dims[d].hidden(coordinate(cell, d))) {
        return true;
      }
    }
    return false;
  }

  private int coordinate(int cell, int d) {
    return (cell / strides[d]) % dims[d].size();
  }

  /** Suppresses the cell and the hypercube of complementary cells that hides it. */
  private void suppressCube(int cell) {
    List<int[]> spans = new ArrayList<>();
    for (int d = 0; d < dims.length; d++) {
      spans.add(span(cell, d));
    }
    int[] offsets = {0};
    for (int d = 0; d < dims.length; d++) {
      int node = coordinate(cell, d);
      int[] span = spans.get(d);
      int[] next = new int[offsets.length * span.length];
      int k = 0;
      for (int offset : offsets) {
        for (int n : span) {
          next[k++] = offset + (n - node) * strides[d];
        }
      }
      offsets = next;
    }
    for (int offset : offsets) {
      suppressed[cell + offset] = true;
      inCube[cell + offset] = true;
    }
  }

  /**
   * The nodes of dimension {@code d} the cube spans around the cell: the cell's node (or its
   * nearest ancestor with siblings) with one chain of descendants, and one sibling with its chain.
   */
  private int[] span(int cell, int d) {
    Hierarchy dim = dims[d];
    int top = coordinate(cell, d);
    while (dim.parent(top) >= 0 && dim.family(top).size() == 1) {
      top = dim.parent(top);
    }
    List<Integer> nodes = new ArrayList<>();
    chain(cell, d, top, nodes);
    if (dim.parent(top) >= 0) {
      chain(cell, d, pick(cell, d, dim.family(top), top), nodes);
    }
    return nodes.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The node and, in each partition, one child (the cell's own path first) down to the leaves. */
  private void chain(int cell, int d, int node, List<Integer> nodes) {
    nodes.add(node);
    int own = coordinate(cell, d);
    for (List<Integer> partition : dims[d].partitions(node)) {
      int child = -1;
      for (int candidate : partition) {
        if (isAncestorOrSelf(d, candidate, own)) {
          child = candidate;
        }
      }
      chain(cell, d, child >= 0 ? child : pick(cell, d, partition, -1), nodes);
    }
  }

  private boolean isAncestorOrSelf(int d, int ancestor, int node) {
    for (int n = node; n >= 0; n = dims[d].parent(n)) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The complement that loses least: a node whose cell is already suppressed, else the smallest
   * count (then the first in order).
   */
  private int pick(int cell, int d, List<Integer> candidates, int excluded) {
    int own = coordinate(cell, d);
    int best = -1;
    long bestScore = Long.MAX_VALUE;
    for (int candidate : candidates) {
      if (candidate == excluded) {
        continue;
      }
      int other = cell + (candidate - own) * strides[d];
      long score = suppressed[other] ? -1 : values[other];
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
}
