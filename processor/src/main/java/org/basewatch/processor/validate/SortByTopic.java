package org.basewatch.processor.validate;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.basewatch.contracts.Article;
import org.basewatch.processor.validate.SortedArticle.Way;

/**
 * Sorts valid articles by {@link TopicTest}, remembering the ids of the articles that were on topic ({@value #STORE}:
 * the ids alone, one kept for every on-topic article). An off-topic article is most of a news firehose and leaves at
 * once; but an off-topic new version of an article that was on topic is a correction that takes back what the old
 * version said, so it goes on to extraction. Every version of an article has its id as key on {@code articles}, so
 * they all come to this task, in order.
 */
public final class SortByTopic implements Processor<String, Article, String, SortedArticle> {
    public static final String STORE = "on-topic-articles";
    private static final byte[] WAS_ON_TOPIC = new byte[0];

    private final TopicTest topic = new TopicTest();
    private ProcessorContext<String, SortedArticle> context;
    private KeyValueStore<String, byte[]> onTopic;

    @Override
    public void init(ProcessorContext<String, SortedArticle> context) {
        this.context = context;
        this.onTopic = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        Way way;
        if (topic.isOnTopic(article)) {
            if (onTopic.get(article.id()) == null) {
                onTopic.put(article.id(), WAS_ON_TOPIC);
            }
            way = Way.ON_TOPIC;
        } else if (onTopic.get(article.id()) != null) {
            // once withdrawn, the article says nothing: a further off-topic version has nothing left to take back
            onTopic.delete(article.id());
            way = Way.NO_LONGER_ON_TOPIC;
        } else {
            way = Way.OFF_TOPIC;
        }
        context.forward(record.withValue(new SortedArticle(article, way)));
    }
}
