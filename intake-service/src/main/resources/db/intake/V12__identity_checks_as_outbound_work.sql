-- Identity checks are asked as the platform's outbound work: each check still PENDING becomes one item of kind
-- identity-check, keyed by the dossier's id, with its tries, due time and last error. A finished check stays as it is.
INSERT INTO messaging.outbound_work (kind, work_key, version, subject, scope, payload, status, due_at, attempts, last_error, queued_at,
                                     updated_at)
SELECT 'identity-check', c.dossier_id::text, 0, d.code, d.receiving_province_code,
       jsonb_build_object('dossierId', c.dossier_id, 'dossierCode', d.code, 'idNumber', d.applicant_id_number,
                          'fullName', d.applicant_full_name, 'birthDate', d.applicant_birth_date, 'askedBy', c.asked_by,
                          'askedUnit', c.asked_unit),
       'PENDING', c.next_attempt_at, c.attempts, c.detail, c.asked_at, c.asked_at
FROM identity_check c JOIN dossier d ON d.id = c.dossier_id
WHERE c.status = 'PENDING'
ON CONFLICT (kind, work_key) DO NOTHING;

DROP INDEX identity_check_due;
ALTER TABLE identity_check DROP COLUMN next_attempt_at;
