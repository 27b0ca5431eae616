/** Addresses that are files rather than pages: documents, images, media, archives, data. */
const FILES =
  /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|json|xml|txt|zip|gz|tgz|rar|7z|png|jpe?g|gif|svg|webp|avif|ico|mp3|mp4|m4a|wav|webm|mov|avi|ics|exe|dmg|msi)$/i;

/**
 * The first `max` pages of the site's own origin among the links of the start page, in
 * page order, each once, without fragments, files or the start page itself.
 */
export function sameSiteLinks(hrefs: readonly string[], start: string, max: number): string[] {
  const origin = new URL(start).origin;
  const seen = new Set([start]);
  const pages: string[] = [];
  for (const href of hrefs) {
    if (pages.length >= max) break;
    let url: URL;
    try {
      url = new URL(href, start);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin !== origin || FILES.test(url.pathname) || seen.has(url.href)) continue;
    seen.add(url.href);
    pages.push(url.href);
  }
  return pages;
}
