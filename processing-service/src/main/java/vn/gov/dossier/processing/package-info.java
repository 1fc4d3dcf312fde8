/**
 * processing-service: the authorities' queues of cases ({@code queue}), the case's legal lifecycle with its history,
 * the processors' steps and the desks' steps, withdrawals that came before the case included ({@code casework}), and
 * the deadline watch that flags cases overdue or due soon ({@code deadline}).
 */
package vn.gov.dossier.processing;
