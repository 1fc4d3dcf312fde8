/** Competent authorities, derived from the administrative map: every commune's People's Committee and police, each province's departments, national agencies. */
package vn.gov.dossier.routing.authority;
