package vn.gov.dossier.contracts;

/** Where the citizen chose to receive the result. */
public enum ResultDelivery {
    AT_DESK, POST, ONLINE
}
