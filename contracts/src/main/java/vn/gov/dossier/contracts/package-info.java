/**
 * The events the services exchange: topic names, stable CloudEvents types, and the immutable records that form
 * each event's JSON body. A JSON Schema per type lives under {@code schemas/}. Nothing here depends on a framework.
 */
package vn.gov.dossier.contracts;
