import { t } from './l10n';
import type { Level } from './types';

// Functions, not constants: the translator is wired after this module has loaded.
const DIFFICULTY: Record<Level, () => string> = { 1: () => t('Basic'), 2: () => t('Intermediate'), 3: () => t('Advanced') };
const FREQUENCY: Record<Level, () => string> = { 1: () => t('Rarely asked'), 2: () => t('Often asked'), 3: () => t('Frequently asked') };

export function difficultyLabel(level: Level): string {
  return DIFFICULTY[level]();
}

export function frequencyLabel(level: Level): string {
  return FREQUENCY[level]();
}

/** ●●○ style meter, readable without colour. */
export function levelMeter(level: Level): string {
  return '●'.repeat(level) + '○'.repeat(3 - level);
}
