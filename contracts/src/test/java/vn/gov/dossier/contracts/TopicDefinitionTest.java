package vn.gov.dossier.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicDefinitionTest {

    private final Map<String, TopicDefinition> topics = TopicDefinition.all().stream()
            .collect(Collectors.toMap(TopicDefinition::name, Function.identity()));

    @Test
    void should_keep_the_dossier_topics_for_good_and_compact_the_catalogue() {
        for (String topic : List.of(Topics.INTAKE, Topics.ROUTING, Topics.PROCESSING, Topics.EXCHANGE)) {
            assertThat(topics.get(topic).configs()).containsEntry("retention.ms", "-1").containsEntry("cleanup.policy", "delete");
        }
        assertThat(topics.get(Topics.CATALOGUE).cleanupPolicy()).isEqualTo("compact");
    }

    @Test
    void should_define_a_dead_letter_topic_kept_thirty_days_for_each_subscription() {
        assertThat(topics.get(Topics.deadLetter(Topics.INTAKE, "routing-service")).retentionMs()).isEqualTo(30L * 24 * 3600 * 1000);
        assertThat(topics.keySet().stream().filter(name -> name.endsWith(".dlt"))).hasSize(16);
        assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).isEqualTo(6));
    }

    @Test
    void should_refuse_a_row_that_is_not_four_fields() {
        assertThatThrownBy(() -> TopicDefinition.parse(List.of("topic,partitions,cleanup.policy,retention.ms", "dossier.intake,6,delete")))
                .hasMessageContaining("dossier.intake,6,delete");
    }
}
