/**
 * Papers: the scans a desk attaches and the signed results an authority issues. Stored once, by their SHA-256, behind
 * one port ({@link vn.gov.dossier.platform.papers.PaperStore}): a folder in the data directory by default, an
 * S3-compatible bucket in clusters. Events carry references (id, title, SHA-256, size, type), never the bytes; a
 * service that holds a reference reads the bytes from the store, so an authority works on its papers while intake is
 * down. {@link vn.gov.dossier.platform.papers.ReceivingPapers} takes an upload: staged, measured, typed from its content,
 * checked against the declared checksum, and only then stored.
 */
package vn.gov.dossier.platform.papers;
