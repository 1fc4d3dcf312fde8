package vn.gov.dossier.routing.authority;

import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;

/**
 * A competent authority. Ids read as {@code <agency>-<unit code>}: {@code UBND-00004} (People's Committee of Phường
 * Ba Đình), {@code STP-01} (Hà Nội's Department of Justice), or the agency alone for a national one ({@code BNG}).
 */
public record Authority(String id, String name, AuthorityLevel level, String unitCode, String provinceCode, String agency) {

    public AuthorityRef ref() {
        return new AuthorityRef(id, name, level, unitCode, provinceCode, agency);
    }
}
