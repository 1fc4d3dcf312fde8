/**
 * The electronic result: the decision's document, signed with the authority's key (PAdES) and kept in the paper store,
 * its reference on the case and in every later event, so that the receiving desk and the citizen download the signed
 * file from intake while processing is down. Keys come from a configured key store, or, in the local stack, from a
 * development certificate authority created at first use ({@code signing}).
 */
package vn.gov.dossier.processing.result;
