/** R2DBC adapters of the registration ports: plain SQL, no entity mapping magic. */
package vn.gov.dossier.intake.registration.persistence;
