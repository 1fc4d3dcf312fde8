package vn.gov.dossier.processing.queue;

import vn.gov.dossier.contracts.DossierStatus;

/** How many cases an authority holds in one status, and how many of them are overdue or due soon. */
public record QueueCount(String authorityId, DossierStatus status, long cases, long overdue, long dueSoon) {
}
