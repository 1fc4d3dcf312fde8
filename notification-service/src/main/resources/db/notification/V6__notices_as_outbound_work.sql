-- Notices are sent as the platform's outbound work (messaging.outbound_work, migrated before this): each delivery not
-- sent yet becomes one item of kind notice-<channel>, keyed by the delivery's id, with its attempts, due time and last
-- error, so that nothing queued is lost and nothing sent is sent again. The delivery stays the log of what was sent.
INSERT INTO messaging.outbound_work (kind, work_key, version, subject, scope, payload, status, due_at, attempts, last_error, trace_parent,
                                     queued_at, updated_at)
SELECT 'notice-' || lower(d.channel), d.id::text, 0, d.dossier_code, o.receiving_province_code,
       jsonb_build_object('deliveryId', d.id, 'dossierId', d.dossier_id, 'dossierCode', d.dossier_code, 'channel', d.channel,
                          'recipient', d.recipient, 'template', d.template,
                          'model', jsonb_strip_nulls(jsonb_build_object('procedureCode', o.procedure_code,
                                                                        'receivingUnitCode', o.receiving_unit_code,
                                                                        'resultDelivery', o.result_delivery,
                                                                        'applicantName', o.applicant_name,
                                                                        'authorityName', o.authority_name))
                                   || CAST(d.facts AS JSONB)),
       d.status, d.next_attempt_at, d.attempts, d.last_error, d.trace_parent, d.at, d.at
FROM delivery d LEFT JOIN dossier o ON o.dossier_id = d.dossier_id
WHERE d.status IN ('PENDING', 'FAILED')
ON CONFLICT (kind, work_key) DO NOTHING;

-- A delivery is PENDING until sent; FAILED is its outbound work item's state.
UPDATE delivery SET status = 'PENDING' WHERE status = 'FAILED';
DROP INDEX delivery_due;
ALTER TABLE delivery DROP COLUMN next_attempt_at;
ALTER TABLE delivery DROP COLUMN last_error;
