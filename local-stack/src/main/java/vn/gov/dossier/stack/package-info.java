/** Runs the whole system on one machine: the launcher for people, and the same code for the end-to-end tests. */
package vn.gov.dossier.stack;
