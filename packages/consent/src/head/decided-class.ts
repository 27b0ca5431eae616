/**
 * The class the head script puts on `<html>` for a visitor who has decided, so `ui.css`
 * hides the static banner before the first paint; the banner's script removes it once it
 * takes over.
 */
export const DECIDED_CLASS = 'ddscp-consent-decided';
