/** The citizen's public look-up page, which the receipt's QR code opens. */
package vn.gov.dossier.web.lookup;
