package ca.repere.insights.suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One dimension of a table of counts (time, territory, breakdown): a forest of nodes where a node's
 * value is the sum of its children. A node may have several partitions of children, each summing to
 * it (unmet needs split by category and, separately, by reason); a node with none is a leaf. Hidden
 * nodes are never published (the "unknown place" buckets).
 */
public final class Hierarchy {

  private final List<String> codes = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Integer> parents = new ArrayList<>();
  private final List<Integer> partitionOfParent = new ArrayList<>();
  private final List<List<List<Integer>>> partitions = new ArrayList<>();
  private final List<Boolean> hidden = new ArrayList<>();

  /** Adds a root. */
  public int add(String code) {
    return add(code, null, 0, false);
  }

  /**
   * Adds a node under {@code parentCode} (null: a root), in the parent's partition number {@code
   * partition} (0 for the first).
   */
  public int add(String code, String parentCode, int partition, boolean hiddenNode) {
    if (index.containsKey(code)) {
      throw new IllegalArgumentException("Duplicate node " + code);
    }
    int node = codes.size();
    codes.add(code);
    index.put(code, node);
    partitions.add(new ArrayList<>());
    hidden.add(hiddenNode);
    if (parentCode == null) {
      parents.add(-1);
      partitionOfParent.add(-1);
    } else {
      int parent = node(parentCode);
      parents.add(parent);
      partitionOfParent.add(partition);
      List<List<Integer>> parentPartitions = partitions.get(parent);
      while (parentPartitions.size() <= partition) {
        parentPartitions.add(new ArrayList<>());
      }
      parentPartitions.get(partition).add(node);
    }
    return node;
  }

  public int size() {
    return codes.size();
  }

  public String code(int node) {
    return codes.get(node);
  }

  /** The node of a code. */
  public int node(String code) {
    Integer node = index.get(code);
    if (node == null) {
      throw new IllegalArgumentException("No node " + code);
    }
    return node;
  }

  public boolean has(String code) {
    return index.containsKey(code);
  }

  public int parent(int node) {
    return parents.get(node);
  }

  public boolean hidden(int node) {
    return hidden.get(node);
  }

  /** The partitions of a node's children; empty for a leaf. */
  public List<List<Integer>> partitions(int node) {
    return partitions.get(node);
  }

  /** The children of the node's parent in the node's own partition, the node included. */
  public List<Integer> family(int node) {
    return partitions.get(parents.get(node)).get(partitionOfParent.get(node));
  }

  /** Nodes in an order where every child comes before its parent. */
  int[] childrenFirst() {
    int[] depth = new int[size()];
    for (int node = 0; node < size(); node++) {
      for (int p = parent(node); p >= 0; p = parent(p)) {
        depth[node]++;
      }
    }
    return java.util.stream.IntStream.range(0, size())
        .boxed()
        .sorted((a, b) -> Integer.compare(depth[b], depth[a]))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
