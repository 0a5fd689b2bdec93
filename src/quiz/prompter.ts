// The questions a quiz asks, as an interface: the command palette answers them through
// QuickPick/InputBox (quickPickPrompter.ts), tests answer them from a script.

export interface Choice<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
  picked?: boolean;
}

export interface StepInfo {
  title: string;
  /** 1-based position shown as "3/10"; omitted for steps outside a counted sequence. */
  step?: number;
  totalSteps?: number;
  /** Offer a Back button (setup steps); quiz questions already answered cannot be taken back. */
  back?: boolean;
}

export interface PickRequest<T> extends StepInfo {
  placeholder: string;
  choices: Choice<T>[];
  /** Several may be chosen (multi-answer items). */
  many?: boolean;
}

export interface InputRequest extends StepInfo {
  prompt: string;
  placeholder?: string;
}

export interface FeedbackRequest {
  correct: boolean;
  message: string;
  detail: string;
}

export type Picked<T> = { kind: 'picked'; values: T[] } | { kind: 'back' } | { kind: 'cancel' };
export type Entered = { kind: 'entered'; value: string } | { kind: 'back' } | { kind: 'cancel' };
export type FeedbackAction = 'next' | 'open' | 'stop';

export interface Prompter {
  pick<T>(request: PickRequest<T>): Promise<Picked<T>>;
  input(request: InputRequest): Promise<Entered>;
  /** Right/wrong with the explanation, shown until the user moves on. */
  feedback(request: FeedbackRequest): Promise<FeedbackAction>;
  /** Shows the code of a predict-the-output item next to the input; disposed by the returned function. */
  showCode(code: string, language: string): Promise<() => void>;
}
