/** A cookie name as RFC 6265 allows it (a "token"): nothing that could end or extend a header. */
export const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]+$/;
