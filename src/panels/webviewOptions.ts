import * as vscode from 'vscode';

/**
 * Options shared by every page of ours: scripts on, command links off, and resources only from
 * the bundled scripts, the codicon font and our stylesheets.
 */
export function webviewPageOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
      vscode.Uri.joinPath(extensionUri, 'dist', 'codicons'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

/** A file of the extension as the page loads it, e.g. `asset('media', 'answer.css')`. */
export function webviewAssets(webview: vscode.Webview, extensionUri: vscode.Uri): (...path: string[]) => string {
  return (...path) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
}

/** The stylesheets every page starts with: the shared base, then the codicon font. */
export function baseStyles(asset: (...path: string[]) => string): string[] {
  return [asset('media', 'base.css'), asset('dist', 'codicons', 'codicon.css')];
}
