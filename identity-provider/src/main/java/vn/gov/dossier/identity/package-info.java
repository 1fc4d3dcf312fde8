/**
 * The local stack's OpenID Provider on Spring Authorization Server: demo officers, the login page, the claims.
 */
package vn.gov.dossier.identity;
