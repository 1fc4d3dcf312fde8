-- A fee paid online and refunded when the dossier is rejected, where the procedure's rules say so: REFUND_PENDING until
-- the payment platform confirms the refund, then REFUNDED.
ALTER TABLE payment ADD COLUMN refunded_at TIMESTAMPTZ;
-- When the refund is next tried: at once when it falls due, a minute after each failure (and while an instance tries it).
ALTER TABLE payment ADD COLUMN refund_next_at TIMESTAMPTZ;
-- A dossier's fee paid twice (two payments opened, both paid at the platform): the second is refunded, never kept; the
-- index one_paid_payment_per_dossier (V6) still allows one PAID payment per dossier.
CREATE INDEX payment_refund_due ON payment (refund_next_at) WHERE status = 'REFUND_PENDING';
