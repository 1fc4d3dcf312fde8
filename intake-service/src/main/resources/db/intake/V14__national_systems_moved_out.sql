-- The population database, the national portal and the post are exchange-service's now, driven by the events intake,
-- routing and processing publish. Intake no longer queues portal syncs: its triggers go. Its identity_check,
-- portal_sync and postal_dispatch rows (and their outbound work items) stay, untouched, for exchange-service's one-time
-- hand-over (exchange-service's migration V2 reads them); a later release drops them.
DROP TRIGGER dossier_changed ON dossier;
DROP TRIGGER payment_changed ON payment;
DROP FUNCTION dossier_changed();
DROP FUNCTION payment_changed();
DROP FUNCTION portal_sync_due(UUID);
