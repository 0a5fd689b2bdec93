/** Where user data is kept: the extension passes globalState (a Memento), tests a Map. */
export interface KeyValueStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): Thenable<void> | Promise<void>;
}
