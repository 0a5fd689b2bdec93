import * as vscode from 'vscode';

// Apart from the provider so that activation can register the hover before the provider's code
// (and the catalog it reads) is loaded: the first hover loads them.
/** Registers the provider for the configured languages and follows changes of the settings. */
export function registerKeywordHovers(provider: vscode.HoverProvider): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const apply = (): void => {
    registration?.dispose();
    registration = undefined;
    const config = vscode.workspace.getConfiguration('pyInterview.hover');
    if (!config.get<boolean>('enabled', true)) {
      return;
    }
    const languages = config.get<string[]>('languages', ['python', 'nginx', 'dockerfile', 'sql']);
    registration = vscode.languages.registerHoverProvider(
      languages.map((language) => ({ language })),
      provider,
    );
  };
  apply();
  const watcher = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('pyInterview.hover')) {
      apply();
    }
  });
  return {
    dispose: () => {
      watcher.dispose();
      registration?.dispose();
    },
  };
}
