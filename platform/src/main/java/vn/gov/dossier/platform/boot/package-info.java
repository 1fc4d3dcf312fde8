/** Wires the platform into every service: auto-configuration, shared defaults, and how a service starts. */
package vn.gov.dossier.platform.boot;
