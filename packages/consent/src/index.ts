/**
 * `@ddscp/consent`: cookie consent for UK public-sector sites, in the browser and on the server.
 *
 * @packageDocumentation
 */
export { parseCookieHeader } from './cookies/parse-cookie-header';
