package ca.repere.hsds.web;

import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code page} (from 1) and {@code per_page} of a list, and the HSDS {@code Page} envelope. */
record Paging(int page, int size) {

  static Paging of(int page, int perPage) {
    if (page < 1) {
      throw new BadParameter("page", String.valueOf(page));
    }
    if (perPage < 1 || perPage > HsdsApiController.MAX_PER_PAGE) {
      throw new BadParameter("per_page", String.valueOf(perPage));
    }
    return new Paging(page, perPage);
  }

  /** With {@code minimal} (ids and dates only), a page may hold many more. */
  static Paging ofMinimal(int page, int perPage) {
    if (page < 1) {
      throw new BadParameter("page", String.valueOf(page));
    }
    if (perPage < 1 || perPage > MAX_MINIMAL) {
      throw new BadParameter("per_page", String.valueOf(perPage));
    }
    return new Paging(page, perPage);
  }

  static final int MAX_MINIMAL = 10_000;

  long offset() {
    return (long) (page - 1) * size;
  }

  ObjectNode envelope(long total, List<ObjectNode> contents) {
    long pages = total == 0 ? 0 : (total + size - 1) / size;
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("total_items", total);
    node.put("total_pages", pages);
    node.put("page_number", page);
    node.put("size", contents.size());
    node.put("first_page", page == 1);
    node.put("last_page", page >= pages);
    node.put("empty", contents.isEmpty());
    node.putArray("contents").addAll(contents);
    return node;
  }
}
