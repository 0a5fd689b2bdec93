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
