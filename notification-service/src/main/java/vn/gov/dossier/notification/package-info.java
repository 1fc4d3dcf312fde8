/**
 * notification-service: the notices each dossier event gives rise to, queued per channel and sent by SMS, e-mail and
 * the authorities' in-app inbox, with their delivery log and resends ({@code delivery}). It publishes no events: the
 * delivery log (and its metrics) is what others read.
 */
package vn.gov.dossier.notification;
