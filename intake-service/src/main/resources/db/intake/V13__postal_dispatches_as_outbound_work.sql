-- Results by post are handed over and followed as the platform's outbound work: a dispatch not handed over yet becomes
-- an item of kind postal-dispatch (a FAILED one stays FAILED there, for a person to retry), a dispatched one an item of
-- kind postal-tracking, both keyed by the dispatch's id. The shipment's reference (dispatch-<id>) is unchanged, so the
-- postal service makes no second shipment of one it has.
INSERT INTO messaging.outbound_work (kind, work_key, version, subject, scope, payload, status, due_at, attempts, last_error, queued_at,
                                     updated_at)
SELECT 'postal-dispatch', p.id::text, 0, d.code, d.receiving_province_code,
       jsonb_build_object('dispatchId', p.id, 'dossierCode', d.code, 'receivingUnitCode', d.receiving_unit_code,
                          'recipient', COALESCE(d.postal_address ->> 'recipient', d.applicant_full_name), 'address', d.postal_address),
       p.status, p.next_attempt_at, p.attempts, p.last_error, p.created_at, p.created_at
FROM postal_dispatch p JOIN dossier d ON d.id = p.dossier_id
WHERE p.status IN ('PENDING', 'FAILED')
ON CONFLICT (kind, work_key) DO NOTHING;

INSERT INTO messaging.outbound_work (kind, work_key, version, subject, scope, payload, status, due_at, queued_at, updated_at)
SELECT 'postal-tracking', p.id::text, 0, d.code, d.receiving_province_code,
       jsonb_build_object('dispatchId', p.id, 'dossierCode', d.code, 'receivingUnitCode', d.receiving_unit_code,
                          'trackingNumber', p.tracking_number),
       'PENDING', p.next_attempt_at, p.dispatched_at, p.dispatched_at
FROM postal_dispatch p JOIN dossier d ON d.id = p.dossier_id
WHERE p.status = 'DISPATCHED'
ON CONFLICT (kind, work_key) DO NOTHING;

-- A dispatch is PENDING until the postal service takes it; FAILED is its outbound work item's state.
UPDATE postal_dispatch SET status = 'PENDING' WHERE status = 'FAILED';
DROP INDEX postal_dispatch_due;
ALTER TABLE postal_dispatch DROP COLUMN next_attempt_at;
ALTER TABLE postal_dispatch DROP COLUMN last_error;
