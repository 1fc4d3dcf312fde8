/** The one-time hand-over of the national systems' work from intake, which did it before this service existed. */
package vn.gov.dossier.exchange.handover;
