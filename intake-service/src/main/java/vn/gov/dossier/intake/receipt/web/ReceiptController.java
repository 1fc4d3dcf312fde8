package vn.gov.dossier.intake.receipt.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.receipt.PrintingReceipt;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1")
class ReceiptController {

    private final PrintingReceipt printing;

    ReceiptController(PrintingReceipt printing) {
        this.printing = printing;
    }

    /** The dossier's receipt as a PDF, printed again by the desk that received it. */
    @GetMapping(path = "/dossiers/{code}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    Mono<ResponseEntity<byte[]>> receipt(@PathVariable String code, @AuthenticationPrincipal Officer clerk) {
        Params.dossierCode("code", code);
        return printing.print(code, clerk.unit())
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("phieu-hen-" + code + ".pdf").build().toString())
                        .body(pdf))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + ".")));
    }
}
