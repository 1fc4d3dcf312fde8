package vn.gov.dossier.intake.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.gov.dossier.intake.HistoryNotes;

/**
 * Renders a {@link Receipt} as an A5 PDF with OpenPDF. The font is Liberation Sans, embedded, which carries every
 * Vietnamese letter with its tone marks; the QR code (ZXing) holds the public look-up address with the secret.
 */
public final class ReceiptPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Map<String, String> CHANNELS = Map.of(
            "DESK", "Trực tiếp tại bộ phận một cửa (at the desk)",
            "ONLINE", "Trực tuyến (online)",
            "POSTAL", "Qua bưu chính (by post)",
            "HOME_VISIT", "Tiếp nhận tại nhà (home visit)");
    private static final Map<String, String> DELIVERIES = Map.of(
            "AT_DESK", "Tại bộ phận một cửa đã nộp (at this desk)",
            "POST", "Qua bưu chính (by post)",
            "ONLINE", "Trực tuyến (online)");

    private final BaseFont regular;
    private final BaseFont bold;

    public ReceiptPdf() {
        this.regular = font("/liberation/LiberationSans-Regular.ttf");
        this.bold = font("/liberation/LiberationSans-Bold.ttf");
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(Receipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + receipt.code());
        document.open();
        Font small = new Font(regular, 8);
        Font text = new Font(regular, 9.5f);
        Font strong = new Font(bold, 9.5f);
        Font title = new Font(bold, 12);

        centered(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", strong);
        centered(document, "Độc lập - Tự do - Hạnh phúc", strong);
        document.add(new Paragraph(" ", small));
        centered(document, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", title);
        centered(document, "Receipt and appointment slip", small);
        document.add(new Paragraph(" ", small));

        PdfPTable table = new PdfPTable(new float[] {38, 62});
        table.setWidthPercentage(100);
        row(table, "Mã hồ sơ (dossier code)", receipt.code(), text, strong);
        row(table, "Thủ tục (procedure)", receipt.procedureCode() + " - " + receipt.procedureName(), text, text);
        row(table, "Người nộp (applicant)", receipt.applicantName(), text, text);
        row(table, "Nơi tiếp nhận (receiving desk)", receipt.receivingDesk(), text, text);
        row(table, "Hình thức nộp (channel)", CHANNELS.getOrDefault(receipt.channel(), receipt.channel())
                + (receipt.assisted() ? " — có hỗ trợ (assisted)" : ""), text, text);
        row(table, "Thời điểm tiếp nhận (received)", MOMENT.format(receipt.receivedAt()), text, text);
        row(table, "Ngày hẹn trả kết quả (appointment date)",
                DAY.format(receipt.appointmentDate()) + " (trước " + receipt.dueAt().toLocalTime() + ")", text, strong);
        row(table, "Cơ quan giải quyết (competent authority)", receipt.authorityName() == null
                ? "Đang xác định, sẽ thông báo qua tin nhắn (being determined; you will be notified)" : receipt.authorityName(), text, text);
        if (receipt.feeVnd() != null) {
            row(table, "Phí, lệ phí (fee)", receipt.feeVnd() == 0 ? "Không thu phí (no fee)"
                    : HistoryNotes.dong(receipt.feeVnd()) + " — nộp tại quầy hoặc trực tuyến "
                    + "(pay at the desk or online)", text, text);
        }
        row(table, "Nhận kết quả (result delivery)", DELIVERIES.getOrDefault(receipt.resultDelivery(), receipt.resultDelivery()), text, text);
        row(table, "Giấy tờ đã nhận (documents received)",
                receipt.documents().isEmpty() ? "—" : String.join("; ", receipt.documents()), text, text);
        row(table, "Mã tra cứu (look-up secret)", receipt.lookupSecret(), text, strong);
        document.add(table);

        Image qr = qrCode(receipt.lookupUrl());
        qr.scaleAbsolute(96, 96);
        qr.setAlignment(Element.ALIGN_CENTER);
        document.add(qr);
        centered(document, "Quét mã để tra cứu tình trạng hồ sơ (scan to follow your dossier)", small);
        centered(document, receipt.lookupUrl(), small);
        document.close();
        return out.toByteArray();
    }

    private static void centered(Document document, String line, Font font) {
        Paragraph paragraph = new Paragraph(line, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        document.add(paragraph);
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell left = new PdfPCell(new Paragraph(label, labelFont));
        PdfPCell right = new PdfPCell(new Paragraph(value == null ? "" : value, valueFont));
        left.setPadding(4);
        right.setPadding(4);
        table.addCell(left);
        table.addCell(right);
    }

    private static Image qrCode(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return Image.getInstance(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("could not draw the look-up QR code", e);
        }
    }
}
