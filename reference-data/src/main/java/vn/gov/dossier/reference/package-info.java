/**
 * Real reference data read from the class path: the 34 provinces and 3,321 communes (statistics office codes), and
 * the curated procedure catalogue. Pure Java: loaded once, looked up in memory.
 */
package vn.gov.dossier.reference;
