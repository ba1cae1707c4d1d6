/**
 * The dashboard webview's page: a fixed shell with a strict Content-Security-Policy. No journal
 * text is ever put here; the figures arrive later as a message and are rendered as text.
 */

/** What the page links to, as webview URIs (`asWebviewUri`), and the script nonce. */
export interface PageResources {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce for this page load. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
}

/** The Content-Security-Policy: nothing by default, styles and images from the extension, one nonce'd script. */
export function contentSecurityPolicy({ cspSource, nonce }: Pick<PageResources, 'cspSource' | 'nonce'>): string {
  return `default-src 'none'; style-src ${cspSource}; script-src 'nonce-${nonce}'; img-src ${cspSource} data:`;
}

/** The page's HTML. Every value is an attribute built by the host (URIs, nonce), escaped anyway. */
export function dashboardHtml(resources: PageResources): string {
  const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(resources))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(resources.styleUri)}">
<title>Career Progress</title>
</head>
<body>
<main id="dashboard" aria-live="polite"><p class="muted">Reading your journals…</p></main>
<script nonce="${attr(resources.nonce)}" src="${attr(resources.scriptUri)}"></script>
</body>
</html>`;
}
