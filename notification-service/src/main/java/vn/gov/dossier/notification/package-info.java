/** notification-service: deliveries of notices by SMS, e-mail and in-app inbox ({@code delivery}). */
package vn.gov.dossier.notification;
