package vn.gov.dossier.notification.delivery;

public enum DeliveryChannel {
    SMS, EMAIL, INBOX
}
