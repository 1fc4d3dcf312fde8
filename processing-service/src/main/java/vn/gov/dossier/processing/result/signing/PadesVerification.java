package vn.gov.dossier.processing.result.signing;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Checks a signed result as a reader would: the last signature covers the whole file (nothing appended after it), its
 * CMS verifies over the signed byte ranges with the certificate it names, and that certificate was issued by the
 * trusted authority. For tests and for operations checking a file a citizen brings back.
 */
public final class PadesVerification {

    private PadesVerification() {
    }

    /** @return who signed (the certificate's subject), or an {@link IllegalStateException} saying why it does not verify */
    public static String verify(byte[] signedPdf, X509Certificate trustedIssuer) {
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                throw new IllegalStateException("the document carries no signature");
            }
            int[] range = signature.getByteRange();
            if (range.length != 4 || (long) range[2] + range[3] != signedPdf.length) {
                throw new IllegalStateException("the signature does not cover the whole file");
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signedPdf)),
                    signature.getContents(signedPdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder certificate = matches.iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                throw new IllegalStateException("the signature does not match the signed bytes");
            }
            if (!certificate.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .build(new JcaX509CertificateHolder(trustedIssuer)))) {
                throw new IllegalStateException("the signer's certificate was not issued by the trusted authority");
            }
            return certificate.getSubject().toString();
        } catch (IOException e) {
            throw new IllegalStateException("the document does not open as a PDF: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the signature does not verify: " + e.getMessage(), e);
        }
    }

}
