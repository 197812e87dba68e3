package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.processor.text.ArabicNormalizer;

import java.nio.file.Files;
import java.nio.file.Path;

final class DebugDump {
    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            Article a = Json.read(line, Article.class);
            if (!a.id().equals(args[1])) continue;
            String s = ArabicNormalizer.withOffsets(a.text()).text();
            java.util.List<PlaceMention> ps = new Gazetteer().find(s);
            java.util.List<Cue> cs = Predicates.find(s);
            java.util.List<DateMention> ds = DateResolver.find(s, a.publishedDate(), a.publishedDate() == null ? DateResolver.latestYear(s) : null);
            for (Span sen : Sentences.split(s)) {
                if (args.length > 2 && !s.substring(sen.start(), sen.end()).contains(args[2])) continue;
                System.out.println("== " + s.substring(sen.start(), sen.end()));
                for (Span cl : Sentences.clauses(s, sen)) System.out.println("  clause: " + s.substring(cl.start(), cl.end()));
                for (PlaceMention p : ps) if (sen.contains(p.start())) System.out.println("  place " + p.place() + " [" + s.substring(p.start(), p.end()) + "]" + (p.weak() ? " weak" : ""));
                for (Cue c : cs) if (sen.contains(c.start())) System.out.println("  cue " + c.kind() + " [" + s.substring(c.start(), c.end()) + "] fut=" + c.future() + " neg=" + c.negated());
                for (DateMention d : ds) if (sen.contains(d.start())) System.out.println("  date " + d.iso() + " [" + s.substring(d.start(), d.end()) + "] since=" + d.since() + " until=" + d.until());
            }
        }
    }
}
