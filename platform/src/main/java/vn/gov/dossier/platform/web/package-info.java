/**
 * HTTP errors as {@code application/problem+json} (RFC 9457) with {@code type}, {@code title}, {@code status},
 * {@code detail}, and for validation an {@code errors} array naming each bad field. A client never sees a 500 for
 * bad input, and never a stack trace.
 */
package vn.gov.dossier.platform.web;
