/**
 * Casework: the legal lifecycle of a case at its authority (DOMAIN.md, "States of a dossier"), the deadline that
 * stops during a supplement request and moves by exactly the suspended working time, extensions that leave the
 * original due time for classification, and timeliness fixed at decision. Pure domain: no framework types.
 */
package vn.gov.dossier.processing.casework;
