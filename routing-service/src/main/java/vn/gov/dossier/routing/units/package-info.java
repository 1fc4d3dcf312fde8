/** The administrative map: 34 provinces and 3,321 communes, answered from memory. */
package vn.gov.dossier.routing.units;
