// Escaping shared by the launch page, the manifests and the catalog.

/** Text safe inside HTML or XML content and double-quoted attributes. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// XML 1.0 cannot carry these control characters at all, not even as character references.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside XML content and double-quoted attributes. */
export const escapeXml = (s: string) => escapeHtml(s.replace(XML_FORBIDDEN, ''));
