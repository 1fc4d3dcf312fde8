package vn.gov.dossier.processing.result.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.gov.dossier.processing.result.ResultSigner;

/**
 * PAdES baseline signatures (ETSI EN 319 142-1, level B-B) with PDFBox and Bouncy Castle: an incremental update adds a
 * signature dictionary ({@code ETSI.CAdES.detached}) whose CMS signs the whole file around it with SHA-256, carries the
 * signer's certificate chain and the signing-certificate-v2 attribute, and, as PAdES asks, no signing-time attribute
 * (the time is the dictionary's {@code M}). Any change to the signed bytes breaks it.
 */
public class PadesResultSigner implements ResultSigner {

    private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private final AuthorityKeys keys;

    public PadesResultSigner(AuthorityKeys keys) {
        this.keys = keys;
    }

    @Override
    public byte[] sign(byte[] pdf, String authorityId, String authorityName, String reason) {
        AuthorityKeys.SigningKey key = keys.of(authorityId);
        try (PDDocument document = load(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(authorityName);
            signature.setLocation("Việt Nam");
            signature.setReason(reason);
            signature.setSignDate(Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh")));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            document.addSignature(signature, content -> cms(content, key), options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 32_768);
            document.saveIncremental(signed);
            options.close();
            return signed.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Signing the result of " + authorityId + " failed: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new NotAPdf("The result does not open as a PDF document: " + e.getMessage(), e);
        }
    }

    private static byte[] cms(InputStream content, AuthorityKeys.SigningKey key) throws IOException {
        try {
            String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                    new ESSCertIDv2[] {new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash)}))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS signature failed: " + e.getMessage(), e);
        }
    }
}
