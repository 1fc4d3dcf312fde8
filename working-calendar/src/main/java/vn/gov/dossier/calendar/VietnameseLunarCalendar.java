package vn.gov.dossier.calendar;

import java.time.LocalDate;

/**
 * Converts Vietnamese lunar dates to the Gregorian calendar.
 *
 * <p>Hồ Ngọc Đức's published algorithm ("Âm lịch Việt Nam", based on Jean Meeus, "Astronomical Algorithms"): new
 * moons and the sun's longitude are computed astronomically, and days are cut at local midnight in UTC+7, the
 * Vietnamese time zone. A Chinese-calendar library cuts days at UTC+8 and differs in some years (1985: Tết fell on
 * 21 Jan in Viet Nam, 20 Feb in China).
 */
public final class VietnameseLunarCalendar {

    /** Vietnam's time zone offset, in hours, used for every day boundary. */
    private static final double TIME_ZONE = 7.0;

    private VietnameseLunarCalendar() {
    }

    /** The Gregorian date of a lunar date (non-leap month). */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay) {
        return toSolar(lunarYear, lunarMonth, lunarDay, false);
    }

    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonthNumber = leapOffset - 2;
            if (leapMonthNumber < 0) {
                leapMonthNumber += 12;
            }
            if (leapMonth && leapMonthNumber != lunarMonth) {
                throw new IllegalArgumentException(lunarYear + " has no leap month " + lunarMonth);
            }
            if (leapMonth || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException(lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + offset);
        return LocalDate.ofEpochDay(monthStart + lunarDay - 1 - JULIAN_DAY_OF_EPOCH);
    }

    /** The first day of the lunar new year (mùng 1 Tết) that falls in the given Gregorian year. */
    public static LocalDate lunarNewYear(int gregorianYear) {
        return toSolar(gregorianYear, 1, 1);
    }

    private static final long JULIAN_DAY_OF_EPOCH = 2440588L;

    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Julian day (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, abridged). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The sun's longitude at local midnight starting that Julian day, as one of 12 sectors (0..11). */
    private static int sunLongitudeSector(long julianDay) {
        double t = (julianDay - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** Julian day on which the 11th lunar month (the one holding the winter solstice) of a year starts. */
    private static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / 29.530588853);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }
}
