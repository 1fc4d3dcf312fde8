package vn.gov.dossier.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkPolicyTest {

    private final WorkPolicy policy = WorkPolicy.retrying(Duration.ofSeconds(30), Duration.ofHours(1), 5).over(WorkPolicy.DEFAULTS);

    @Test
    void should_double_the_wait_after_each_failed_attempt_up_to_the_cap() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(policy.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.backoff(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void should_give_up_only_once_the_attempts_are_spent_and_never_when_there_is_no_limit() {
        assertThat(policy.spent(4)).isFalse();
        assertThat(policy.spent(5)).isTrue();
        assertThat(WorkPolicy.DEFAULTS.spent(1_000_000)).isFalse();
    }

    @Test
    void should_take_each_field_left_out_from_the_policy_under_it() {
        WorkPolicy configured = new WorkPolicy(50, null, null, null, null, 4, null, null);

        WorkPolicy resolved = configured.over(policy);

        assertThat(resolved.batchSize()).isEqualTo(50);
        assertThat(resolved.concurrency()).isEqualTo(4);
        assertThat(resolved.maxAttempts()).isEqualTo(5);
        assertThat(resolved.lease()).isEqualTo(WorkPolicy.DEFAULTS.lease());
    }
}
