/**
 * The receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả) a desk prints for the citizen: code,
 * procedure, desk, appointment date, the competent authority once known, and a QR code for the public look-up.
 * Vietnamese first, English alongside.
 */
package vn.gov.dossier.intake.receipt;
