/** What a page may do with VS Code, typed by the messages it sends and the state it keeps. */
export interface VsCodeApi<ToHost, State> {
  postMessage(message: ToHost): void;
  getState(): unknown;
  setState(state: State): void;
}

declare function acquireVsCodeApi<ToHost, State>(): VsCodeApi<ToHost, State>;

/** The page's one handle on VS Code (acquireVsCodeApi may be called only once per page). */
export function vscodeApi<ToHost, State>(): VsCodeApi<ToHost, State> {
  return acquireVsCodeApi<ToHost, State>();
}
