/** Paths intake served once and another service serves now: answered 404 with where they went. */
package vn.gov.dossier.intake.web;
