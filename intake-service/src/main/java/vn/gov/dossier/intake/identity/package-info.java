/**
 * The applicant's identity checked against the national population database after filing, through an adapter behind
 * a circuit breaker: the desk never waits on it, a check that cannot be made now is tried again, and each check records
 * whose filing asked for it.
 */
package vn.gov.dossier.intake.identity;
