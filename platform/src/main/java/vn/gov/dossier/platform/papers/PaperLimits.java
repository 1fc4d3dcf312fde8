package vn.gov.dossier.platform.papers;

import java.util.List;

/** What one upload (a filing or a supplement) may hold. */
public record PaperLimits(long maxFileBytes, long maxTotalBytes, int maxPapers, List<String> types) {

    public PaperLimits {
        types = List.copyOf(types);
    }
}
