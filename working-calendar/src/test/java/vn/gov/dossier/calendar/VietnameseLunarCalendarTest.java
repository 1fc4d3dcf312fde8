package vn.gov.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    /** Tết (mùng 1 tháng Giêng) in Viet Nam, from published calendars. 1985, 2007 and 2030 differ from the Chinese calendar. */
    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
            "1985, 1985-01-21", "2007, 2007-02-17", "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28",
            "2018, 2018-02-16", "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
            "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
            "2028, 2028-01-26", "2029, 2029-02-13",
            // The new moon is at 23:07 on 2 Feb in Hà Nội (UTC+7) but 00:07 on 3 Feb in Beijing: China's Tết is a day later.
            "2030, 2030-02-02"})
    void should_find_the_lunar_new_year_by_the_vietnamese_calendar(int year, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.lunarNewYear(year)).isEqualTo(tet);
    }

    /** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month, as officially observed. */
    @ParameterizedTest(name = "Hùng Kings day {0} falls on {1}")
    @CsvSource({
            "2015, 2015-04-28", "2016, 2016-04-16", "2017, 2017-04-06", "2018, 2018-04-25", "2019, 2019-04-14",
            "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18",
            "2025, 2025-04-07", "2026, 2026-04-26"})
    void should_find_hung_kings_day(int year, LocalDate hungKings) {
        assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10)).isEqualTo(hungKings);
    }
}
