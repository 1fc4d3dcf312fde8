-- Refunds are sent as the platform's outbound work (messaging.outbound_work, migrated before this): each payment still
-- REFUND_PENDING becomes one item of kind refund, keyed by the payment's id (the payment platform's idempotency key is
-- the same), so that a refund owed is still sent and one sent is not sent twice.
INSERT INTO messaging.outbound_work (kind, work_key, version, subject, scope, payload, status, due_at, queued_at, updated_at)
SELECT 'refund', p.id::text, 0, d.code, d.receiving_province_code,
       jsonb_build_object('paymentId', p.id, 'dossierCode', d.code, 'amountVnd', p.amount_vnd),
       'PENDING', COALESCE(p.refund_next_at, now()), p.updated_at, p.updated_at
FROM payment p JOIN dossier d ON d.id = p.dossier_id
WHERE p.status = 'REFUND_PENDING'
ON CONFLICT (kind, work_key) DO NOTHING;

DROP INDEX payment_refund_due;
ALTER TABLE payment DROP COLUMN refund_next_at;
