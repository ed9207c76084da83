package org.fingertip.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.web.support.ApiClient;

/** Every figure of a dashboard's JSON (an object with {@code count} and {@code api}), followed to its list. */
final class DrillDowns {
    private DrillDowns() {
    }

    /** The figures anywhere in the tree, in document order. */
    static List<JsonNode> figures(JsonNode tree) {
        List<JsonNode> found = new ArrayList<>();
        collect(tree, found);
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && node.has("count") && node.has("api")) {
            found.add(node);
            return;
        }
        node.forEach(child -> collect(child, found));
    }

    /** Follows each figure's API drill-down as the caller and asserts the list's total is the figure; the count. */
    static int assertEveryFigureIsItsListsTotal(ApiClient.Caller caller, JsonNode tree) {
        List<JsonNode> figures = figures(tree);
        assertThat(figures).as("figures in the JSON").isNotEmpty();
        for (JsonNode f : figures) {
            String api = f.path("api").asText();
            assertThat(api).as("drill-down of %s", f).startsWith("/api/");
            assertThat(f.path("page").asText()).as("page of %s", f).startsWith("/").doesNotStartWith("/api/");
            JsonNode list = caller.get(api).expectJson(200).json();
            assertThat(list.path("total").asLong()).as("total of %s for the figure %s", api, f)
                    .isEqualTo(f.path("count").asLong());
        }
        return figures.size();
    }

    /** The count of the figure with this key in the array, 0 when the array lists no such figure (rows of zero). */
    static long countOrZero(JsonNode array, String key) {
        for (JsonNode f : array) {
            if (key.equals(f.path("key").asText())) {
                return f.path("count").asLong();
            }
        }
        return 0;
    }

    /** The count of the figure with this key in the array. */
    static long count(JsonNode array, String key) {
        for (JsonNode f : array) {
            if (key.equals(f.path("key").asText())) {
                return f.path("count").asLong();
            }
        }
        throw new AssertionError("no figure " + key + " in " + array);
    }
}
