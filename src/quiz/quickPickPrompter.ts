import * as vscode from 'vscode';
import type { Choice, Entered, FeedbackAction, FeedbackRequest, InputRequest, PickRequest, Picked, Prompter, StepInfo } from './prompter';
import { t } from '../model/l10n';
import { quizText } from './quizStrings';

const CODE_SCHEME = 'pyinterview-quiz';

interface ChoiceItem<T> extends vscode.QuickPickItem {
  value: T;
}

function applyStep(input: vscode.QuickInput & { buttons: readonly vscode.QuickInputButton[] }, step: StepInfo): void {
  input.title = step.title;
  input.step = step.step;
  input.totalSteps = step.totalSteps;
  input.buttons = step.back ? [vscode.QuickInputButtons.Back] : [];
  // A click into the code shown beside must not end the quiz.
  input.ignoreFocusOut = true;
}

/**
 * The command-palette side of a quiz, after the official quickinput sample's MultiStepInput:
 * one QuickPick/InputBox per step with a step counter and Back on the setup steps; the
 * code of a predict-the-output item opens read-only beside it.
 */
export class QuickPickPrompter implements Prompter {
  constructor(private readonly code: QuizCodeDocuments) {}

  pick<T>(request: PickRequest<T>): Promise<Picked<T>> {
    const qp = vscode.window.createQuickPick<ChoiceItem<T>>();
    applyStep(qp, request);
    qp.placeholder = request.placeholder;
    qp.canSelectMany = request.many ?? false;
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    qp.items = request.choices.map((c: Choice<T>) => ({ label: c.label, description: c.description, detail: c.detail, value: c.value, picked: c.picked }));
    return new Promise<Picked<T>>((resolve) => {
      let done = false;
      const finish = (result: Picked<T>): void => {
        if (!done) {
          done = true;
          resolve(result);
          qp.dispose();
        }
      };
      qp.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && finish({ kind: 'back' }));
      qp.onDidAccept(() => {
        const chosen = qp.canSelectMany ? qp.selectedItems : qp.activeItems.slice(0, 1);
        finish({ kind: 'picked', values: chosen.map((i) => i.value) });
      });
      qp.onDidHide(() => finish({ kind: 'cancel' }));
      qp.show();
    });
  }

  input(request: InputRequest): Promise<Entered> {
    const box = vscode.window.createInputBox();
    applyStep(box, request);
    box.prompt = request.prompt;
    box.placeholder = request.placeholder;
    return new Promise<Entered>((resolve) => {
      let done = false;
      const finish = (result: Entered): void => {
        if (!done) {
          done = true;
          resolve(result);
          box.dispose();
        }
      };
      box.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && finish({ kind: 'back' }));
      box.onDidAccept(() => finish({ kind: 'entered', value: box.value }));
      box.onDidHide(() => finish({ kind: 'cancel' }));
      box.show();
    });
  }

  async feedback(request: FeedbackRequest): Promise<FeedbackAction> {
    interface Action extends vscode.MessageItem {
      action: FeedbackAction;
    }
    // Escape means "next", not "end the quiz": only the explicit button stops.
    const actions: Action[] = [
      { title: quizText.next, isCloseAffordance: true, action: 'next' },
      { title: quizText.openAnswer, action: 'open' },
      { title: quizText.stop, action: 'stop' },
    ];
    const options = { modal: true, detail: request.detail };
    const chosen = request.correct
      ? await vscode.window.showInformationMessage<Action>(request.message, options, ...actions)
      : await vscode.window.showWarningMessage<Action>(request.message, options, ...actions);
    return chosen?.action ?? 'next';
  }

  showCode(code: string, language: string): Promise<() => void> {
    return this.code.show(code, language);
  }
}

const EXTENSION: Record<string, string> = { python: 'py', sql: 'sql', shellscript: 'sh' };

/** Read-only documents for quiz code: closing them never asks to save. */
export class QuizCodeDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private counter = 0;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(CODE_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }

  async show(code: string, language: string): Promise<() => void> {
    const path = `/${t('Predict the output {0}', ++this.counter)}.${EXTENSION[language] ?? 'txt'}`;
    this.texts.set(path, code);
    const uri = vscode.Uri.from({ scheme: CODE_SCHEME, path });
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return () => {
      this.texts.delete(path);
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
      void vscode.window.tabGroups.close(tabs);
    };
  }

  dispose(): void {
    this.registration.dispose();
    this.texts.clear();
  }
}
