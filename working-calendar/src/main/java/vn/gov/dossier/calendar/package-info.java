/**
 * Vietnamese working days and legal deadlines, in pure Java: the Labour Code 2019 (Art. 112) public holidays, the
 * lunar dates of Tết and Hùng Kings day by the Vietnamese calendar (UTC+7), compensatory days, a yearly override
 * table for the Prime Minister's decisions, the daily cut-off, and appointment dates.
 */
package vn.gov.dossier.calendar;
