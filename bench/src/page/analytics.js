// The demo analytics script every page gates behind consent: it marks when it starts (what
// the benchmark times from the click on Accept) and sets a Google Analytics style cookie.
performance.mark('analytics-start');
// biome-ignore lint/suspicious/noDocumentCookie: what the analytics scripts being gated do.
document.cookie = '_ga=GA1.1.123456789.1700000000; path=/; max-age=3600; samesite=lax';
