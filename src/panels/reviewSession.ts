/**
 * Where the user is in one review queue: which card is on screen and whether its answer is.
 * Pure bookkeeping; the panel does the grading and the messages.
 */
export class ReviewSession {
  private ids: string[];
  private index = 0;
  private shown = false;

  constructor(ids: readonly string[]) {
    this.ids = [...ids];
  }

  get current(): string | undefined {
    return this.ids[this.index];
  }

  get revealed(): boolean {
    return this.shown;
  }

  /** Cards left, the one on screen included. */
  get remaining(): number {
    return this.ids.length - this.index;
  }

  get finished(): boolean {
    return this.index >= this.ids.length;
  }

  /** False for a stale request (another card is on screen by now). */
  reveal(id: string): boolean {
    if (id !== this.current) {
      return false;
    }
    this.shown = true;
    return true;
  }

  /**
   * Whether `id` may be graded now: it is on screen with its answer shown. The check keeps a
   * repeated key press from grading the next card before the user has even seen it.
   */
  canGrade(id: string): boolean {
    return this.shown && id === this.current;
  }

  /** After a grade: the next card, face down. */
  advance(): void {
    this.index = Math.min(this.index + 1, this.ids.length);
    this.shown = false;
  }

  /**
   * After an undo: back to the card whose grade was taken back, answer shown. A card graded
   * outside this queue (in a quiz, say) is put in front of the current one.
   */
  back(id: string): void {
    const at = this.ids.lastIndexOf(id, this.index);
    if (at >= 0) {
      this.index = at;
    } else {
      this.ids.splice(this.index, 0, id);
    }
    this.shown = true;
  }

  /** Brings `id` to the front of what is left (a restored panel resumes on the same card). */
  resumeAt(id: string): void {
    const at = this.ids.indexOf(id, this.index);
    if (at > this.index) {
      this.ids.splice(at, 1);
      this.ids.splice(this.index, 0, id);
    }
  }
}
