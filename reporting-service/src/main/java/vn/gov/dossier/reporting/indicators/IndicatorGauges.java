package vn.gov.dossier.reporting.indicators;

import java.util.List;

/** The headline indicators per province, for operations staff to chart and alert on. */
public interface IndicatorGauges {

    /** Since the beginning of the year, by receiving province; replaces what was shown before. */
    void counted(List<Counts> byProvince);
}
