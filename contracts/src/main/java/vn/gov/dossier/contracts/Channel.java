package vn.gov.dossier.contracts;

/** How a dossier reached the administration (kênh tiếp nhận). */
public enum Channel {
    DESK, ONLINE, POSTAL, HOME_VISIT
}
