// zod schema for links that end up in an `href` or `src` on a public page.
import * as z from 'zod';

/**
 * A link on a public page: a path on the site (`/documents/report.pdf`, `images/logo.png`)
 * or an `https:` address. Other schemes (`javascript:`, `data:`) and protocol-relative `//`
 * addresses are refused, since the value ends up in an `href` or `src`. @internal
 *
 * @param example - a path shown in the error message, e.g. `/images/logo.svg`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function siteLinkSchema(example: string) {
  return z
    .string()
    .min(1)
    .refine(
      (link) =>
        !link.startsWith('//') && (/^https:\/\//i.test(link) || !/^[a-z][a-z0-9+.-]*:/i.test(link)),
      { error: `Expected a path on the site such as "${example}", or an https:// address.` },
    );
}
