import * as vscode from 'vscode';
import type { ReviewPanelManager } from '../panels/reviewPanelManager';
import { CommandIds } from './ids';

/** Opens (or brings forward) the review panel on the cards due now. */
export function registerReviewDue(review: ReviewPanelManager): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.reviewDue, () => review.show());
}
