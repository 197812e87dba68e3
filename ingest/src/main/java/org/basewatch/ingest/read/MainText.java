package org.basewatch.ingest.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the block of a cleaned page that holds the story and turns it into text, one line per paragraph. */
final class MainText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "br", "tr", "td", "th", "table", "dd", "dt", "dl", "pre", "hr", "center", "address");


    private MainText() {
    }

    /**
     * The element that holds the story: the one marked {@code articleBody}, else the element whose
     * direct paragraphs carry the most text (readability-style scoring), widened to its {@code <article>}.
     */
    static Element container(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && !marked.text().isBlank()) {
            return marked;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            score(scores, p.parent(), p.text().trim().length());
        }
        // text written straight into a div or table cell, lines split by <br>, makes that block the story
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.text().trim().length() >= 25) {
                Element block = nearestBlock(t);
                if (block != null && !block.is("p, pre, blockquote") && block.closest("p, pre, blockquote") == null) {
                    score(scores, block, t.text().trim().length());
                }
            }
        }, body);
        Element best = scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
        // a cleaned <article> around the best block also holds the story's lead and subheadings
        Element article = best.closest("article");
        return article != null ? article : best;
    }

    private static void score(Map<Element, Double> scores, Element holder, int length) {
        if (holder == null || length < 25) {
            return;
        }
        scores.merge(holder, (double) length, Double::sum);
        if (holder.parent() != null) {
            scores.merge(holder.parent(), length / 2.0, Double::sum);
        }
    }

    private static Element nearestBlock(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (BLOCKS.contains(e.normalName()) || e.is("body")) {
                return e;
            }
        }
        return null;
    }

    /** Text with one line per paragraph-like block and whitespace collapsed inside lines. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        List<String> kept = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String clean = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return String.join("\n", kept);
    }

}
