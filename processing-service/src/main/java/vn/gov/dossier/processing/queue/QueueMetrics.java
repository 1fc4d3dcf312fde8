package vn.gov.dossier.processing.queue;

import java.util.List;

/** The queues as operations staff see them. */
public interface QueueMetrics {

    /** The latest counts replace the former ones; an authority or status no longer counted disappears. */
    void counted(List<QueueCount> counts);
}
